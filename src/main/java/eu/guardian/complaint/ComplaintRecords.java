package eu.guardian.complaint;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

/** What the complaint pages and the API exchange. */
public final class ComplaintRecords {

    private ComplaintRecords() {
    }

    /** A complaint as lodged; the child by id or case number; dates ISO. */
    public record ComplaintInput(Long childId, String caseNumber, String complainant, String subject,
            Long aboutGuardianId, Boolean confidential, String description) {
    }

    /** Gives the complaint to a person at the authority (their Guardian username). */
    public record AssignInput(Long version, String owner) {
    }

    public record OutcomeInput(Long version, String outcome, String outcomeText, String decidedOn) {
    }

    /** A line of the complaint list. */
    public record ComplaintSummary(long id, String reference, long childId, String caseNumber, String childName,
            Complainant complainant, ComplaintSubject subject, boolean confidential, LocalDate lodgedOn,
            LocalDate dueOn, String owner, ComplaintStatus status, boolean overdue) implements Serializable {
    }

    /** A complaint with everything the caller may see; {@code mayManage} for the authority. */
    public record ComplaintDetail(long id, String reference, long childId, String caseNumber, String childName,
            Complainant complainant, ComplaintSubject subject, Long aboutGuardianId, String aboutGuardianName,
            boolean confidential, String description, LocalDate lodgedOn, String lodgedBy, LocalDate dueOn,
            String owner, ComplaintStatus status, ComplaintOutcome outcome, String outcomeText, LocalDate decidedOn,
            String decidedBy, boolean overdue, long version, boolean mayManage) implements Serializable {
    }

    /** The filters of the complaint list; empty means any. */
    public record ComplaintFilter(Optional<ComplaintStatus> status, boolean openOnly,
            Optional<ComplaintSubject> subject, Optional<String> owner, boolean unassignedOnly, boolean overdueOnly,
            Optional<String> reference, Optional<Long> childId) {

        public static ComplaintFilter none() {
            return new ComplaintFilter(Optional.empty(), false, Optional.empty(), Optional.empty(), false, false,
                    Optional.empty(), Optional.empty());
        }
    }
}
