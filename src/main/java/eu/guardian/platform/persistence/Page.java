package eu.guardian.platform.persistence;

import java.util.List;

/** One page of a list that the database sorted and cut; {@code total} counts all matching rows. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 200;

    /**
     * Lists count their matches up to this many: counting all of 90 000 open cases costs more than the page itself,
     * and nobody pages through more than ten thousand rows (they narrow the filter instead).
     */
    public static final int COUNT_LIMIT = 10_000;

    /** A requested page size within 1 and {@link #MAX_SIZE}. */
    public static int sizeOf(int requested) {
        return Math.max(1, Math.min(requested, MAX_SIZE));
    }

    /** A requested page number, never below the first (0). */
    public static int numberOf(int requested) {
        return Math.max(0, requested);
    }
}
