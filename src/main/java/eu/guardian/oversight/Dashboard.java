package eu.guardian.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The authority's and the inspectorate's overview, as computed at one moment for one period. */
public record Dashboard(LocalDate from, LocalDate to, Instant computedAt, List<Indicator> indicators,
        ParityReport parity, Caseloads caseloads) {

    /** Guardians by number of children, in buckets up to the cap and one beyond it. */
    public record Caseloads(int cap, long guardians, long atCap, long overCap, List<Bucket> buckets) {
    }

    /** Guardians with [from, to] children; {@code to} is empty for the open-ended bucket above the cap. */
    public record Bucket(int from, java.util.Optional<Integer> to, long guardians) {

        public String label() {
            return to.map(upper -> upper == from ? String.valueOf(from) : from + "–" + upper).orElse("> " + (from - 1));
        }
    }
}
