package org.heterostack.study.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.heterostack.study.Evaluation;
import org.heterostack.study.ResultStore;
import org.heterostack.study.StudyException;
import org.heterostack.study.StudyIndex;

/**
 * Commits evaluations in batches: appends their lines (and a line for each series the store does not hold yet,
 * before the first evaluation that refers to it) to the run's segment in one write, then indexes them with
 * the segment's new size in one transaction. A batch goes out when it holds enough lines or has waited long enough,
 * so a slow study still commits every second. What a kill loses is the unwritten batch, which the next run computes
 * again; what was written is never written twice, because the next run reuses it.
 */
public final class CommitBuffer implements AutoCloseable {

    private static final int LINES = 500;
    private static final long WAIT_NANOS = 1_000_000_000L;

    private final ResultStore store;
    private final StudyIndex index;
    private final List<Evaluation> pending = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final java.util.Set<String> storedSeries;
    private final List<String> newSeries = new ArrayList<>();
    private ResultStore.Segment segment;
    private long oldest;
    private long committed;
    private long failed;

    /**
     * @param store the store the run holds (the index caught up with it)
     * @param index the index
     * @throws StudyException when the index cannot be read
     */
    public CommitBuffer(ResultStore store, StudyIndex index) throws StudyException {
        this.store = store;
        this.index = index;
        this.storedSeries = new java.util.HashSet<>(index.seriesHashes(store.directory()));
    }

    /**
     * @param evaluations evaluations of one candidate
     * @throws StudyException when writing or indexing fails
     */
    public synchronized void add(List<Evaluation> evaluations) throws StudyException {
        if (pending.isEmpty()) {
            oldest = System.nanoTime();
        }
        for (Evaluation evaluation : evaluations) {
            List<String> hashes = new ArrayList<>(evaluation.series().size());
            for (Evaluation.SeriesData series : evaluation.series()) {
                String hash = EvaluationJson.hash(series);
                if (storedSeries.add(hash)) {
                    lines.add(EvaluationJson.seriesLine(hash, series));
                    newSeries.add(hash);
                }
                hashes.add(hash);
            }
            pending.add(evaluation);
            lines.add(EvaluationJson.line(evaluation, hashes));
        }
        if (pending.size() >= LINES || System.nanoTime() - oldest >= WAIT_NANOS) {
            flush();
        }
    }

    /**
     * Writes and indexes what is pending.
     *
     * @throws StudyException when writing or indexing fails
     */
    public synchronized void flush() throws StudyException {
        if (pending.isEmpty()) {
            return;
        }
        try {
            if (segment == null) {
                segment = store.newSegment();
            }
            long size = segment.append(lines);
            index.committed(store.directory(), segment.file(), size, pending, newSeries);
        } catch (IOException e) {
            throw new StudyException("cannot write the study results in " + store.directory() + ": "
                    + e.getMessage(), e);
        }
        for (Evaluation evaluation : pending) {
            committed++;
            failed += evaluation.ok() ? 0 : 1;
        }
        pending.clear();
        lines.clear();
        newSeries.clear();
    }

    /** @return evaluations committed so far */
    public synchronized long committed() {
        return committed;
    }

    /** @return failed evaluations committed so far */
    public synchronized long failed() {
        return failed;
    }

    @Override
    public synchronized void close() throws StudyException {
        try {
            flush();
        } finally {
            if (segment != null) {
                try {
                    segment.close();
                } catch (IOException e) {
                    throw new StudyException("cannot close the study results in " + store.directory() + ": "
                            + e.getMessage(), e);
                }
            }
        }
    }
}
