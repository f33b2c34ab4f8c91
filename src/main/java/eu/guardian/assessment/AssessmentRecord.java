package eu.guardian.assessment;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An assessment as the API and pages show it (absent values are null; EL reads components as methods). */
public record AssessmentRecord(long id, long childId, String caseNumber, String childName, AssessmentKind kind,
        AssessmentStatus status, String author, Instant createdAt, Long amendsId, Boolean childHeard,
        String viewsLanguage, String interpreter, String viewsWeighing, String notHeardReason, String recommendations,
        List<SectionRecord> sections, List<EvidenceRecord> evidence, String submittedBy, Instant submittedAt,
        String decidedBy, Instant decidedAt, String returnComment, LocalDate nextReviewOn, long version,
        List<EventRecord> history, boolean mayEdit, boolean mayContributeViews, boolean mayDecide)
        implements Serializable {

    public record SectionRecord(Factor factor, boolean minimum, String findings, String sources, RiskLevel riskLevel,
            String updatedBy, Instant updatedAt) implements Serializable {
    }

    public record EvidenceRecord(Factor factor, EvidenceKind kind, String refId, String label) implements Serializable {
    }

    public record EventRecord(AssessmentEvent.Kind action, String actor, Instant at, String comment)
            implements Serializable {
    }

    static AssessmentRecord of(Assessment a, String caseNumber, String childName, boolean mayEdit,
            boolean mayContributeViews, boolean mayDecide) {
        Participation p = a.participation();
        return new AssessmentRecord(a.getId(), a.getChildId(), caseNumber, childName, a.getKind(), a.getStatus(),
                a.getAuthor(), a.getCreatedAt(), a.amendsId().orElse(null), p.heard().orElse(null),
                p.language().orElse(null), p.interpreter().orElse(null), p.weighing().orElse(null),
                p.notHeardReason().orElse(null), a.recommendations().orElse(null),
                java.util.Arrays.stream(Factor.values()).map(a::section).map(s -> new SectionRecord(s.getFactor(),
                        s.getFactor().minimum(), s.findings().orElse(null), s.sources().orElse(null),
                        s.riskLevel().orElse(null), s.updatedBy().orElse(null), s.updatedAt().orElse(null))).toList(),
                a.getEvidence().stream().map(e -> new EvidenceRecord(e.getFactor(), e.getKind(), e.getRefId(),
                        e.getLabel())).toList(),
                a.submittedBy().orElse(null), a.submittedAt().orElse(null), a.decidedBy().orElse(null),
                a.decidedAt().orElse(null), a.returnComment().orElse(null), a.nextReviewOn().orElse(null),
                a.getVersion(), a.getHistory().stream().map(e -> new EventRecord(e.getAction(), e.getActor(),
                        e.getAt(), e.comment().orElse(null))).toList(),
                mayEdit, mayContributeViews, mayDecide);
    }

    public SectionRecord section(Factor factor) {
        return sections.stream().filter(s -> s.factor() == factor).findFirst().orElseThrow();
    }
}
