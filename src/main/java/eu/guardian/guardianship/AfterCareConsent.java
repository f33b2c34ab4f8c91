package eu.guardian.guardianship;

/** The young person's say in the handover to after-care (docs/domain-rules.md#transition-to-adulthood). */
public enum AfterCareConsent {
    GIVEN, REFUSED, NOT_ABLE
}
