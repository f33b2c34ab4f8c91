package eu.guardian.platform.persistence;

import java.util.List;

/** One page of a list that the database sorted and cut; {@code total} counts all matching rows. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 200;
}
