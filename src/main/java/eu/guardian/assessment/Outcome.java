package eu.guardian.assessment;

/** What a determination panel's majority decided on the proposal. */
public enum Outcome {
    ACCEPTED, REJECTED
}
