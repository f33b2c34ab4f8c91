package eu.guardian.guardianship;

import java.util.List;

/**
 * Taking a guardian out of the registry: the entry's version (as read), the reason, and for each current ward the
 * guardian who takes over, with the appointment decision's reference.
 */
public record DeactivationInput(Long version, String reason, List<Reassignment> reassignments) {

    /** One ward's new guardian. */
    public record Reassignment(Long childId, Long guardianId, String decisionReference) {
    }

    public List<Reassignment> reassignmentsOrEmpty() {
        return reassignments == null ? List.of() : reassignments;
    }
}
