package eu.guardian.assessment;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.child.Child;
import eu.guardian.platform.i18n.Messages;
import eu.guardian.platform.i18n.SupportedLanguage;
import eu.guardian.platform.pdf.PdfReport;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Best-interests reports as PDF in the reader's language: the assessment (case number, factors, the child's views and
 * participation, recommendations, signatures with names and times) and the determination (panel, positions and
 * dissent, decision, conditions, review). Same read rules as the services; every report is audited as an export.
 */
@Stateless
public class Reports {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** A produced report. */
    public record Pdf(String fileName, byte[] bytes) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Assessments assessments;

    @Inject
    Determinations determinations;

    @Inject
    AuditTrail audit;

    @Inject
    eu.guardian.security.CurrentUser currentUser;

    @Inject
    eu.guardian.child.ChildRegistry children;

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public Pdf assessment(long id, Locale requested) {
        Assessment a = assessments.visible(id);
        Child child = em.find(Child.class, a.getChildId());
        Locale locale = SupportedLanguage.closestTo(requested).locale();
        byte[] bytes;
        try (PdfReport pdf = new PdfReport(t(locale, "report.bia.title") + " " + child.getCaseNumber(), locale)) {
            pdf.heading(t(locale, "report.bia.title"));
            pdf.field(t(locale, "report.caseNumber"), child.getCaseNumber());
            pdf.field(t(locale, "report.child"), child.getGivenNames() + " " + child.getFamilyName());
            pdf.field(t(locale, "assessment.kind"), t(locale, "assessmentKind." + a.getKind()));
            pdf.field(t(locale, "assessment.status"), t(locale, "assessmentStatus." + a.getStatus()));
            a.amendsId().ifPresent(original -> pdf.field(t(locale, "assessment.amends"), "#" + original));
            pdf.field(t(locale, "report.reference"), "BIA-" + a.getId());

            Participation p = a.participation();
            pdf.subheading(t(locale, "assessment.participation"));
            pdf.field(t(locale, "assessment.heard"), p.heard().map(h -> t(locale, h ? "report.yes" : "report.no"))
                    .orElse(null));
            pdf.field(t(locale, "assessment.viewsLanguage"), p.language().orElse(null));
            pdf.field(t(locale, "assessment.interpreter"), p.interpreter().orElse(null));
            pdf.field(t(locale, "assessment.weighing"), p.weighing().orElse(null));
            pdf.field(t(locale, "assessment.notHeardReason"), p.notHeardReason().orElse(null));

            for (Factor factor : Factor.values()) {
                Section s = a.section(factor);
                pdf.subheading(t(locale, "factor." + factor) + (factor.minimum()
                        ? " (" + t(locale, "assessment.minimumFactor") + ")" : ""));
                pdf.field(t(locale, "assessment.riskLevel"),
                        s.riskLevel().map(r -> t(locale, "riskLevel." + r)).orElse(null));
                pdf.field(t(locale, "assessment.findings"), s.findings().orElse(null));
                pdf.field(t(locale, "assessment.sources"), s.sources().orElse(null));
                a.getEvidence().stream().filter(e -> e.getFactor() == factor).forEach(e -> pdf.field(
                        t(locale, "assessment.evidence"), t(locale, "evidenceKind." + e.getKind()) + " "
                                + e.getRefId() + ": " + e.getLabel()));
            }
            pdf.subheading(t(locale, "assessment.recommendations"));
            pdf.paragraph(a.recommendations().orElse(null));

            pdf.subheading(t(locale, "report.signatures"));
            pdf.field(t(locale, "report.author"), a.getAuthor() + ", " + WHEN.format(a.getCreatedAt()));
            pdf.field(t(locale, "report.submittedBy"), a.submittedBy().map(by -> by + ", "
                    + WHEN.format(a.submittedAt().orElseThrow())).orElse(null));
            pdf.field(t(locale, a.getStatus() == AssessmentStatus.RETURNED ? "report.returnedBy"
                    : "report.approvedBy"), a.decidedBy().map(by -> by + ", "
                    + WHEN.format(a.decidedAt().orElseThrow())).orElse(null));
            a.returnComment().ifPresent(c -> pdf.field(t(locale, "assessment.returnComment"), c));
            a.nextReviewOn().ifPresent(day -> pdf.field(t(locale, "assessment.nextReview"), day.toString()));

            pdf.subheading(t(locale, "assessment.history"));
            a.getHistory().forEach(e -> pdf.paragraph(WHEN.format(e.getAt()) + "  " + e.getActor() + "  "
                    + t(locale, "assessmentEvent." + e.getAction()) + e.comment().map(c -> ": " + c).orElse("")));
            bytes = pdf.bytes();
        }
        audit.record(AuditAction.EXPORT, "BestInterestsAssessment", id, Optional.of(child.getId()),
                Changes.none().note("format", "PDF").note("language", locale.getLanguage()));
        return new Pdf(child.getCaseNumber() + "-BIA-" + a.getId() + ".pdf", bytes);
    }

    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public Pdf determination(long id, Locale requested) {
        Determination d = Determinations.readable(Optional.ofNullable(em.find(Determination.class, id))
                .orElseThrow(() -> new eu.guardian.platform.validation.NotFound("Determination " + id)), currentUser,
                children);
        Child child = em.find(Child.class, d.getChildId());
        Locale locale = SupportedLanguage.closestTo(requested).locale();
        PanelRules rules = determinations.rules();
        byte[] bytes;
        try (PdfReport pdf = new PdfReport(t(locale, "report.bid.title") + " " + child.getCaseNumber(), locale)) {
            pdf.heading(t(locale, "report.bid.title"));
            pdf.field(t(locale, "report.caseNumber"), child.getCaseNumber());
            pdf.field(t(locale, "report.child"), child.getGivenNames() + " " + child.getFamilyName());
            pdf.field(t(locale, "report.reference"), "BID-" + d.getId());
            pdf.field(t(locale, "determination.subject"), t(locale, "determinationSubject." + d.getSubject()));
            pdf.field(t(locale, "determination.status"), t(locale, "determinationStatus." + d.getStatus()));
            pdf.subheading(t(locale, "determination.proposal"));
            pdf.paragraph(d.getProposal());
            pdf.subheading(t(locale, "determination.panel"));
            for (PanelMember m : d.getMembers()) {
                pdf.field(m.getName(), t(locale, "discipline." + m.getDiscipline()));
                pdf.field("  " + t(locale, "determination.undertakingSigned"),
                        m.undertakingSignedAt().map(WHEN::format).orElse(null));
                pdf.field("  " + t(locale, "determination.stance"), m.stance().map(s -> t(locale, "stance." + s)
                        + ", " + WHEN.format(m.stanceAt().orElseThrow())).orElse(null));
                pdf.field("  " + t(locale, "determination.reasons"), m.reasons().orElse(null));
                if (d.outcome().filter(o -> PanelRules.dissents(m.stance(), o)).isPresent()) {
                    pdf.paragraph("  " + t(locale, "determination.dissent"));
                }
            }
            pdf.subheading(t(locale, "determination.decision"));
            pdf.field(t(locale, "determination.outcome"), d.outcome().map(o -> t(locale, "outcome." + o))
                    .orElse(null));
            pdf.field(t(locale, "determination.quorum"), rules.quorumOf(d.getMembers().size()) + " / "
                    + d.getMembers().size());
            pdf.paragraph(d.decision().orElse(null));
            pdf.field(t(locale, "determination.conditions"), d.conditions().orElse(null));
            pdf.field(t(locale, "determination.reviewOn"), d.reviewOn().map(LocalDate::toString).orElse(null));
            pdf.subheading(t(locale, "report.signatures"));
            pdf.field(t(locale, "determination.convener"), d.getConvener() + ", " + WHEN.format(d.getCreatedAt()));
            pdf.field(t(locale, "report.decidedBy"), d.decidedBy().map(by -> by + ", "
                    + WHEN.format(d.decidedAt().orElseThrow())).orElse(null));
            bytes = pdf.bytes();
        }
        audit.record(AuditAction.EXPORT, "BestInterestsDetermination", id, Optional.of(child.getId()),
                Changes.none().note("format", "PDF").note("language", locale.getLanguage()));
        return new Pdf(child.getCaseNumber() + "-BID-" + d.getId() + ".pdf", bytes);
    }

    static String when(Instant instant) {
        return WHEN.format(instant);
    }

    private static String t(Locale locale, String key) {
        return Messages.text(locale, key, List.of());
    }
}
