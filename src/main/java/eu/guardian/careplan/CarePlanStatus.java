package eu.guardian.careplan;

/** Where a care-plan item stands; planned and in-progress items are open and can become overdue. */
public enum CarePlanStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED;

    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
