package eu.guardian.bench;

import java.util.Arrays;

/** Measured response times of one scenario run, in nanoseconds, and their percentiles (nearest rank). */
final class Latencies {

    private final long[] sortedNanos;

    Latencies(long[] nanos) {
        this.sortedNanos = nanos.clone();
        Arrays.sort(sortedNanos);
    }

    int count() {
        return sortedNanos.length;
    }

    double percentileMillis(double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    double maxMillis() {
        return sortedNanos[sortedNanos.length - 1] / 1e6;
    }
}
