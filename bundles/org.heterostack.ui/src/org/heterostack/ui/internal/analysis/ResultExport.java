package org.heterostack.ui.internal.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.heterostack.model.Series;
import org.heterostack.model.io.AtomicFiles;
import org.heterostack.study.ResultsJson;
import org.heterostack.study.SeriesCsv;

/**
 * Writes what the Analysis Results view shows to files, atomically (a failed write leaves an existing file as it
 * was): the whole run as the JSON of {@code heterostack analyze --json}, or one series as CSV.
 */
public final class ResultExport {

    private ResultExport() {
    }

    /**
     * Writes the run's results as JSON (UTF-8).
     *
     * @param record the run
     * @param target the file
     * @throws IOException if it cannot be written (an existing file is then unchanged)
     */
    public static void json(AnalysisRecord record, Path target) throws IOException {
        byte[] text = (ResultsJson.write(record.file(), record.results()) + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, out -> out.write(text));
    }

    /**
     * Writes one series as CSV (UTF-8).
     *
     * @param series the series
     * @param target the file
     * @throws IOException if it cannot be written (an existing file is then unchanged)
     */
    public static void csv(Series series, Path target) throws IOException {
        byte[] text = SeriesCsv.write(series).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, out -> out.write(text));
    }
}
