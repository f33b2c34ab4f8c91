package eu.guardian.protection;

/**
 * A referral is sent, then accepted or rejected by the agency; an accepted one is completed with its outcome. One to
 * an "other" agency (not in the counterpart registry) first awaits the authority's approval, and is never sent if
 * refused.
 */
public enum ReferralStatus {
    SENT, ACCEPTED, REJECTED, COMPLETED, AWAITING_APPROVAL, NOT_APPROVED
}
