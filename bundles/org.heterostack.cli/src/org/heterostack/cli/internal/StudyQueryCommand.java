package org.heterostack.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.heterostack.model.Study;
import org.heterostack.study.JsonText;
import org.heterostack.study.Query;
import org.heterostack.study.QueryResult;
import org.heterostack.study.StudyException;
import org.heterostack.study.StudyIndex;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code heterostack study query [FILE...]}: one row per candidate, over every study the index holds, or over the
 * studies of the given files only (then in a private index built from their result files).
 */
@Command(name = "query", description = "query the study results: one row per candidate, across studies",
        customSynopsis = "heterostack study query [FILE...] [--where EXPR] [--sort KEY] [--columns K,...]"
                + " [--json|--csv] [--index FILE]")
final class StudyQueryCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;

    @Mixin
    private StudyOptions.Index index = new StudyOptions.Index();

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "query only the studies of these model files")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--where", paramLabel = "EXPR", description = "a condition, e.g. \"pce > 20 and spacer = PEA\"")
    private String where;

    @Option(names = "--sort", paramLabel = "KEY", description = "sort by this column; -KEY for descending")
    private String sort;

    @Option(names = "--columns", paramLabel = "K,...", split = ",", description = "the columns to show")
    private List<String> columns = new ArrayList<>();

    @Option(names = "--json", description = "print one JSON object {\"columns\": [...], \"rows\": [[...]]}")
    private boolean json;

    @Option(names = "--csv", description = "print comma-separated values with a header line")
    private boolean csv;

    StudyQueryCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws UsageException {
        if (json && csv) {
            throw new UsageException("study query: --json and --csv cannot be combined; choose one");
        }
        if (files.isEmpty()) {
            try (StudyIndex opened = index.open()) {
                for (Path store : opened.stores()) {
                    if (Files.isDirectory(store)) {
                        opened.catchUp(store);
                    }
                }
                print(opened.query(new Query(where, sort, columns)));
            } catch (StudyException e) {
                throw new UsageException("study query: " + e.getMessage());
            }
            return ExitCode.OK;
        }
        Path privateIndex = temporaryIndex();
        try (StudyIndex opened = StudyIndex.open(privateIndex)) {
            for (Path file : files) {
                for (Study study : StudyFiles.studies(file, null, err)) {
                    Path store = StudyFiles.store(file, study.getName());
                    if (Files.isDirectory(store)) {
                        opened.catchUp(store);
                    }
                }
            }
            print(opened.query(new Query(where, sort, columns)));
        } catch (StudyException e) {
            throw new UsageException("study query: " + e.getMessage());
        } finally {
            deleteIndex(privateIndex);
        }
        return ExitCode.OK;
    }

    private static Path temporaryIndex() throws UsageException {
        try {
            return Files.createTempDirectory("heterostack-query").resolve("index.sqlite");
        } catch (IOException e) {
            throw new UsageException("study query: cannot create a temporary index: " + e.getMessage());
        }
    }

    private static void deleteIndex(Path index) {
        try (var files = Files.list(index.getParent())) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(index.getParent());
        } catch (IOException | UncheckedIOException e) {
            // a temporary file left behind; the system's temporary directory is cleaned in time
        }
    }

    private void print(QueryResult result) {
        if (json) {
            out.println(JsonText.write(writer -> {
                writer.beginObject();
                JsonText.strings(writer.name("columns"), result.columns());
                writer.name("rows").beginArray();
                for (List<Object> row : result.rows()) {
                    writer.beginArray();
                    for (Object value : row) {
                        JsonText.value(writer, value);
                    }
                    writer.endArray();
                }
                writer.endArray().endObject();
            }));
        } else if (csv) {
            out.println(Table.csvLine(result.columns()));
            result.rows().forEach(row -> out.println(Table.csvLine(row.stream().map(Table::text).toList())));
        } else {
            Table.print(result, out);
        }
    }

}
