package eu.guardian.guardianship;

/**
 * An appointment as the authority decides it: which guardian, interim or full, the decision's reference and dates
 * (ISO), and, only to appoint a guardian the rules would refuse, a written justification.
 */
public record AppointmentInput(Long guardianId, String kind, String decisionReference, String appointedOn,
        String childInformedOn, String overrideJustification) {
}
