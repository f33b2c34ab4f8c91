package eu.guardian.oversight;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Whole days (from identification to guardian) and how many children took each, as the database groups them: a few
 * hundred rows at most however many children, so percentiles are computed here without reading a row per child.
 * Percentiles interpolate linearly between the two nearest ranks (as PERCENTILE_CONT and spreadsheets' PERCENTILE.INC).
 */
public final class DurationDistribution {

    private final TreeMap<Integer, Long> countsByDays = new TreeMap<>();
    private long total;

    public DurationDistribution add(int days, long children) {
        if (days < 0 || children < 0) {
            throw new IllegalArgumentException("days and children cannot be negative");
        }
        if (children > 0) {
            countsByDays.merge(days, children, Long::sum);
            total += children;
        }
        return this;
    }

    public DurationDistribution addAll(DurationDistribution other) {
        other.countsByDays.forEach(this::add);
        return this;
    }

    public long count() {
        return total;
    }

    public Optional<Double> median() {
        return percentile(0.5);
    }

    public Optional<Double> p90() {
        return percentile(0.9);
    }

    /** The p-quantile (0..1) of the days, empty when no child is counted. */
    public Optional<Double> percentile(double p) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("p must lie in [0, 1]");
        }
        if (total == 0) {
            return Optional.empty();
        }
        double rank = p * (total - 1);
        long lowerRank = (long) Math.floor(rank);
        int lower = valueAtRank(lowerRank);
        int upper = valueAtRank(Math.min(total - 1, lowerRank + 1));
        return Optional.of(lower + (rank - lowerRank) * (upper - lower));
    }

    /** The value at a 0-based rank of the sorted days. */
    private int valueAtRank(long rank) {
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : countsByDays.entrySet()) {
            seen += entry.getValue();
            if (rank < seen) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("rank beyond the distribution");
    }
}
