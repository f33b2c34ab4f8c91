package eu.guardian.guardianship;

import java.io.Serializable;
import java.time.LocalDate;

/** One guardianship of a child's history, as pages and the API show it. */
public record GuardianshipRecord(long id, long childId, String caseNumber, String childName, long guardianId,
        String guardianName,
        GuardianshipKind kind, String decisionReference, LocalDate appointedOn, LocalDate childInformedOn,
        LocalDate firstMeetingDue, boolean override, String overriddenRules, String overrideJustification,
        LocalDate endedOn, EndReason endReason, String endNote, String appointedBy, boolean active)
        implements Serializable {

    static GuardianshipRecord of(Guardianship g) {
        return new GuardianshipRecord(g.getId(), g.getChild().getId(), g.getChild().getCaseNumber(),
                g.getChild().getFullName(), g.getGuardian().getId(),
                g.getGuardian().getName(), g.getKind(), g.getDecisionReference(), g.getAppointedOn(),
                g.getChildInformedOn(), g.getFirstMeetingDue(), g.isOverride(), g.getOverriddenRules(),
                g.getOverrideJustification(), g.getEndedOn(), g.getEndReason(), g.getEndNote(), g.getAppointedBy(),
                g.isActive());
    }
}
