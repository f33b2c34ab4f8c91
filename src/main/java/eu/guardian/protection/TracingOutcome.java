package eu.guardian.protection;

/** What a family tracing request came to. */
public enum TracingOutcome {
    FOUND, NOT_FOUND, CONTACT_ESTABLISHED
}
