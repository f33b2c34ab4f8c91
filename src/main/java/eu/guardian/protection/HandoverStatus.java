package eu.guardian.protection;

/** A handover: waiting for the authority (an "other" recipient), prepared, confirmed by the receiving side, or refused. */
public enum HandoverStatus {
    AWAITING_APPROVAL, PREPARED, CONFIRMED, NOT_APPROVED
}
