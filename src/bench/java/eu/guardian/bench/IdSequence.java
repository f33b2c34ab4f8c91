package eu.guardian.bench;

/** Hands out ids in the generated range, one table generator's worth (e.g. child_detail) per instance. */
final class IdSequence {

    private long next = GeneratedRange.FIRST_ID;

    long next() {
        if (next >= GeneratedRange.END_ID) {
            throw new IllegalStateException("The generated id range is used up; generate fewer rows");
        }
        return next++;
    }
}
