package eu.guardian.child;

/**
 * A significant change in a child's life, after which the best-interests assessment must be reviewed (see
 * docs/domain-rules.md, "Best interests"). Whoever records the change fires it as a CDI event inside its own
 * transaction; the assessment capability observes it and puts a review due on the child's case. Firing it never waits
 * for, or depends on, any assessment: protection steps go first.
 */
public record SignificantChange(long childId, Reason reason) {

    public enum Reason {
        PLACEMENT_CHANGE, GUARDIAN_CHANGE, RETURN_FROM_MISSING, POSITIVE_TRAFFICKING_SCREENING
    }
}
