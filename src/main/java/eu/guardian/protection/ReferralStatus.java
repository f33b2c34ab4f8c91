package eu.guardian.protection;

/** A referral is sent, then accepted or rejected by the agency; an accepted one is completed with its outcome. */
public enum ReferralStatus {
    SENT, ACCEPTED, REJECTED, COMPLETED
}
