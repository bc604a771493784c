package org.heterostack.ui.study.internal.run;

import java.util.Locale;

/**
 * Where a study run stands, as the progress line shows it.
 *
 * @param total      the study's candidates
 * @param done       candidates finished in this run (computed or entirely reused)
 * @param computed   candidates whose engines ran in this run
 * @param cacheHits  evaluations reused from earlier runs instead of computed
 * @param failed     evaluations that failed in this run
 * @param seconds    seconds since the run started
 */
public record RunProgress(long total, long done, long computed, long cacheHits, long failed, double seconds) {

    /** @return candidates done per second so far (0 before the first one) */
    public double rate() {
        return seconds <= 0 ? 0 : done / seconds;
    }

    /** @return the seconds still needed at the rate so far, or -1 when there is no rate yet */
    public double etaSeconds() {
        double rate = rate();
        return rate <= 0 ? -1 : (total - done) / rate;
    }

    /** @return e.g. "120 / 288 candidates, 40 cache hits, 0 failed, 12.5 candidates/s, ETA 0:14" */
    public String text() {
        double eta = etaSeconds();
        return String.format(Locale.ROOT, "%,d / %,d candidates, %,d cache hits, %,d failed, %.1f candidates/s, ETA %s",
                done, total, cacheHits, failed, rate(), eta < 0 ? "-" : clock(eta));
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
