package eu.guardian.assessment;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.child.Child;
import eu.guardian.child.ChildRegistry;
import eu.guardian.platform.reference.ReferenceData;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Best-interests assessments: caseworkers draft and submit them (the authority may too), the child's guardian
 * contributes the child's views for their current wards only, the authority approves or returns them under the
 * four-eyes rule. Every read and change is audited in the same transaction; approvals put the next review due.
 */
@Stateless
public class Assessments {

    static final int LONG_TEXT_MAX = 10_000;
    private static final int LIST_MAX = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    ChildRegistry children;

    @Inject
    CurrentUser currentUser;

    @Inject
    Settings settings;

    @Inject
    ReferenceData referenceData;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Starts a draft for the child (the caller becomes its author). */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY})
    public AssessmentRecord create(long childId, String kind) {
        Child child = children.childToWorkOn(childId);
        Checks checks = new Checks().required("kind", kind);
        Optional<AssessmentKind> parsed = checks.choice(AssessmentKind.class, "kind", kind);
        checks.throwIfAny();
        child.requireOpen();
        Assessment assessment = new Assessment(childId, parsed.orElseThrow(), currentUser.getName(), clock.instant(),
                Optional.empty());
        em.persist(assessment);
        em.flush();
        audit.record(AuditAction.CREATE, "BestInterestsAssessment", assessment.getId(), Optional.of(childId),
                Changes.none().note("kind", assessment.getKind()));
        return recordOf(assessment, child);
    }

    /** One assessment, if the caller may see its child (a guardian: current wards only). */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public AssessmentRecord get(long id) {
        Assessment assessment = find(id);
        Child child = children.visibleChild(assessment.getChildId());
        audit.record(AuditAction.READ, "BestInterestsAssessment", id, Optional.of(child.getId()), Changes.none());
        return recordOf(assessment, child);
    }

    /** The child's assessments, newest first (a child has a few; at most 200 are listed). */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public List<AssessmentSummary> listOf(long childId) {
        children.visibleChild(childId);
        audit.record(AuditAction.READ, "BestInterestsAssessmentList", childId, Optional.of(childId), Changes.none());
        return em.createQuery("SELECT a FROM Assessment a WHERE a.childId = :child ORDER BY a.createdAt DESC, a.id DESC",
                Assessment.class).setParameter("child", childId).setMaxResults(LIST_MAX).getResultList().stream()
                .map(AssessmentSummary::of).toList();
    }

    /** The child's review situation for the file: the next review date and the open reviews. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public ReviewOverview reviewsOf(long childId) {
        children.visibleChild(childId);
        LocalDate today = LocalDate.now(clock);
        List<DueReview> open = openReviewsOf(childId).stream().map(r -> new DueReview(r.getId(), childId, null,
                null, r.getReason(), r.getDueOn(), ReviewDates.overdue(r.getDueOn(), today))).toList();
        return new ReviewOverview(open.stream().map(DueReview::dueOn).findFirst().orElse(null),
                open.stream().anyMatch(DueReview::overdue), open);
    }

    /** The next review and the open reviews of a child's best-interests assessment. */
    public record ReviewOverview(LocalDate nextReviewOn, boolean overdue, List<DueReview> open)
            implements Serializable {
    }

    /** Saves the whole content of a draft or returned assessment; refused once submitted or approved. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY})
    public AssessmentRecord update(long id, AssessmentInput input) {
        Assessment assessment = lockedForChange(id, input.version());
        Child child = children.childToWorkOn(assessment.getChildId());
        AssessmentWorkflow.Result result = AssessmentWorkflow.apply(assessment.getStatus(),
                AssessmentWorkflow.Action.EDIT);
        result.refusal().ifPresent(refusal -> {
            throw new WorkflowRefused(refusal);
        });
        child.requireOpen();
        AssessmentContent content = validContent(input);
        Changes changes = diff(assessment, content);
        assessment.revise(content, currentUser.getName(), clock.instant());
        audit.record(AuditAction.UPDATE, "BestInterestsAssessment", id, Optional.of(child.getId()), changes);
        return recordOf(assessment, child);
    }

    /**
     * The child's guardian records the child's views (section and participation): only for a current ward (another
     * guardian gets "not found") and only while the assessment is editable.
     */
    @RolesAllowed(Role.Names.GUARDIAN)
    public AssessmentRecord contributeChildViews(long id, AssessmentInput input) {
        Assessment assessment = find(id);
        Child child = children.childToWorkOn(assessment.getChildId()); // a guardian sees only current wards
        assessment = lockedForChange(id, input.version());
        AssessmentWorkflow.apply(assessment.getStatus(), AssessmentWorkflow.Action.EDIT).refusal()
                .ifPresent(refusal -> {
                    throw new WorkflowRefused(refusal);
                });
        child.requireOpen();
        Checks checks = new Checks();
        input.sectionsOrEmpty().forEach(s -> checks.that(Factor.CHILD_VIEWS.name().equals(s.factor()),
                "sections.factor", "assessment.validation.guardianViewsOnly"));
        input.evidenceOrEmpty().forEach(e -> checks.that(Factor.CHILD_VIEWS.name().equals(e.factor()),
                "evidence.factor", "assessment.validation.guardianViewsOnly"));
        checks.throwIfAny();
        AssessmentContent content = validContent(new AssessmentInput(input.version(), assessment.getKind().name(),
                input.participation(), null, input.sections(), input.evidence()));
        AssessmentContent.SectionContent views = content.sections().getOrDefault(Factor.CHILD_VIEWS,
                new AssessmentContent.SectionContent(Optional.empty(), Optional.empty(), Optional.empty()));
        Changes changes = Changes.none();
        diffSection(changes, assessment.section(Factor.CHILD_VIEWS), views);
        diffParticipation(changes, assessment.participation(), content.participation());
        assessment.contributeChildViews(views, content.participation(), content.evidence(), currentUser.getName(),
                clock.instant());
        audit.record(AuditAction.UPDATE, "BestInterestsAssessment", id, Optional.of(child.getId()), changes);
        return recordOf(assessment, child);
    }

    /** Submits for approval; the minimum factors of 2013/33/EU art 23(2) must be filled ({@link Factor}). */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY})
    public AssessmentRecord submit(long id, Long expectedVersion) {
        Assessment assessment = lockedForChange(id, expectedVersion);
        Child child = children.childToWorkOn(assessment.getChildId());
        AssessmentWorkflow.apply(assessment.getStatus(), AssessmentWorkflow.Action.SUBMIT).refusal()
                .ifPresent(refusal -> {
                    throw new WorkflowRefused(refusal);
                });
        child.requireOpen();
        readyForSubmission(assessment).throwIfAny();
        assessment.submit(currentUser.getName(), clock.instant());
        audit.record(AuditAction.UPDATE, "BestInterestsAssessment", id, Optional.of(child.getId()),
                Changes.none().field("status", AssessmentStatus.DRAFT, AssessmentStatus.SUBMITTED));
        return recordOf(assessment, child);
    }

    /** Approves a submitted assessment: never its author's or submitter's own; puts the next review due. */
    @RolesAllowed(Role.Names.AUTHORITY)
    public AssessmentRecord approve(long id, Long expectedVersion) {
        Assessment assessment = lockedForChange(id, expectedVersion);
        Child child = children.childToWorkOn(assessment.getChildId());
        LocalDate nextReview = ReviewDates.periodic(LocalDate.now(clock), settings.value(SettingKey.BIA_REVIEW_MONTHS));
        assessment.approve(currentUser.getName(), clock.instant(), nextReview);
        em.createQuery("SELECT r FROM Review r WHERE r.childId = :child AND r.open = TRUE", Review.class)
                .setParameter("child", assessment.getChildId()).getResultList()
                .forEach(review -> review.complete(assessment.getId(), clock.instant()));
        em.persist(new Review(assessment.getChildId(), Review.PERIODIC, nextReview, currentUser.getName(),
                clock.instant()));
        audit.record(AuditAction.UPDATE, "BestInterestsAssessment", id, Optional.of(child.getId()), Changes.none()
                .field("status", AssessmentStatus.SUBMITTED, AssessmentStatus.APPROVED)
                .field("nextReviewOn", null, nextReview));
        return recordOf(assessment, child);
    }

    /** Returns a submitted assessment to its author with comments (four-eyes rule as for approval). */
    @RolesAllowed(Role.Names.AUTHORITY)
    public AssessmentRecord returnForRework(long id, Long expectedVersion, String comment) {
        new Checks().required("comment", comment).maxLength("comment", comment, LONG_TEXT_MAX).throwIfAny();
        Assessment assessment = lockedForChange(id, expectedVersion);
        Child child = children.childToWorkOn(assessment.getChildId());
        assessment.returnForRework(currentUser.getName(), clock.instant(), comment.strip());
        audit.record(AuditAction.UPDATE, "BestInterestsAssessment", id, Optional.of(child.getId()), Changes.none()
                .field("status", AssessmentStatus.SUBMITTED, AssessmentStatus.RETURNED)
                .note("returnComment", comment.strip()));
        return recordOf(assessment, child);
    }

    /** Corrects an approved assessment: a new draft linked to it, the original unchanged. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY})
    public AssessmentRecord amend(long id) {
        Assessment original = find(id);
        Child child = children.childToWorkOn(original.getChildId());
        child.requireOpen();
        Assessment amendment = original.amendment(currentUser.getName(), clock.instant());
        em.persist(amendment);
        em.flush();
        audit.record(AuditAction.CREATE, "BestInterestsAssessment", amendment.getId(), Optional.of(child.getId()),
                Changes.none().note("amends", id));
        return recordOf(amendment, child);
    }

    /** The child's open reviews, earliest first (a handful at most). */
    private List<Review> openReviewsOf(long childId) {
        return em.createQuery("SELECT r FROM Review r WHERE r.childId = :child AND r.open = TRUE"
                + " ORDER BY r.dueOn, r.id", Review.class).setParameter("child", childId).setMaxResults(20)
                .getResultList();
    }

    /** The assessment entity for reports, if the caller may see its child (otherwise "not found"). */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public Assessment visible(long id) {
        Assessment assessment = find(id);
        children.visibleChild(assessment.getChildId());
        return assessment;
    }

    private Assessment find(long id) {
        return Optional.ofNullable(em.find(Assessment.class, id))
                .orElseThrow(() -> new NotFound("Assessment " + id));
    }

    private Assessment lockedForChange(long id, Long expectedVersion) {
        Assessment assessment = find(id);
        if (expectedVersion != null && assessment.getVersion() != expectedVersion) {
            throw new OptimisticLockException("The assessment was changed by someone else");
        }
        em.lock(assessment, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return assessment;
    }

    /** What submission needs (2013/33/EU art 23(2) minimum factors, the child's participation, recommendations). */
    static Checks readyForSubmission(Assessment assessment) {
        Checks checks = new Checks();
        for (Factor factor : Factor.minimumFactors()) {
            Section section = assessment.section(factor);
            checks.that(section.findings().filter(text -> !text.isBlank()).isPresent(),
                    "sections." + factor + ".findings", "assessment.validation.minimumFactor");
            checks.that(section.riskLevel().isPresent(), "sections." + factor + ".riskLevel",
                    "assessment.validation.minimumRisk");
        }
        Participation participation = assessment.participation();
        checks.that(participation.heard().isPresent(), "participation.heard", "assessment.validation.heardRequired");
        if (participation.heard().orElse(false)) {
            checks.that(participation.language().isPresent(), "participation.language",
                    "assessment.validation.languageRequired");
            checks.that(participation.weighing().isPresent(), "participation.weighing",
                    "assessment.validation.weighingRequired");
        } else if (participation.heard().isPresent()) {
            checks.that(participation.notHeardReason().isPresent(), "participation.notHeardReason",
                    "assessment.validation.notHeardReasonRequired");
        }
        checks.that(assessment.recommendations().filter(text -> !text.isBlank()).isPresent(), "recommendations",
                "assessment.validation.recommendationsRequired");
        return checks;
    }

    private AssessmentContent validContent(AssessmentInput input) {
        Checks checks = new Checks().required("kind", input.kind())
                .maxLength("recommendations", input.recommendations(), LONG_TEXT_MAX);
        Optional<AssessmentKind> kind = checks.choice(AssessmentKind.class, "kind", input.kind());
        AssessmentInput.ParticipationInput p = input.participation() == null
                ? new AssessmentInput.ParticipationInput(null, null, null, null, null) : input.participation();
        checks.maxLength("participation.interpreter", p.interpreter(), Checks.NAME_MAX)
                .maxLength("participation.weighing", p.weighing(), LONG_TEXT_MAX)
                .maxLength("participation.notHeardReason", p.notHeardReason(), LONG_TEXT_MAX);
        Optional<String> language = text(p.language());
        Set<String> languages = referenceData.languageCodes();
        language.ifPresent(code -> checks.that(languages.contains(code), "participation.language",
                "validation.unknownLanguage", code));
        Map<Factor, AssessmentContent.SectionContent> sections = new EnumMap<>(Factor.class);
        for (AssessmentInput.SectionInput s : input.sectionsOrEmpty()) {
            checks.required("sections.factor", s.factor());
            Optional<Factor> factor = checks.choice(Factor.class, "sections.factor", s.factor());
            String field = "sections." + factor.map(Factor::name).orElse("factor");
            checks.maxLength(field + ".findings", s.findings(), LONG_TEXT_MAX)
                    .maxLength(field + ".sources", s.sources(), Checks.TEXT_MAX);
            Optional<RiskLevel> risk = checks.choice(RiskLevel.class, field + ".riskLevel", s.riskLevel());
            factor.ifPresent(f -> checks.that(!sections.containsKey(f), "sections.factor",
                    "assessment.validation.duplicateFactor", f.name()));
            factor.ifPresent(f -> sections.put(f, new AssessmentContent.SectionContent(text(s.findings()),
                    text(s.sources()), risk)));
        }
        List<AssessmentContent.Evidence> evidence = new ArrayList<>();
        for (AssessmentInput.EvidenceInput e : input.evidenceOrEmpty()) {
            checks.required("evidence.factor", e.factor()).required("evidence.kind", e.kind())
                    .required("evidence.refId", e.refId()).maxLength("evidence.refId", e.refId(), 64)
                    .required("evidence.label", e.label()).maxLength("evidence.label", e.label(), Checks.NAME_MAX);
            Optional<Factor> factor = checks.choice(Factor.class, "evidence.factor", e.factor());
            Optional<EvidenceKind> kind2 = checks.choice(EvidenceKind.class, "evidence.kind", e.kind());
            if (factor.isPresent() && kind2.isPresent() && text(e.refId()).isPresent() && text(e.label()).isPresent()) {
                evidence.add(new AssessmentContent.Evidence(factor.get(), kind2.get(), e.refId().strip(),
                        e.label().strip()));
            }
        }
        checks.that(evidence.size() <= 100, "evidence", "assessment.validation.tooManyEvidence", 100);
        checks.throwIfAny();
        Participation participation = new Participation(Optional.ofNullable(p.heard()), language,
                text(p.interpreter()), text(p.weighing()), text(p.notHeardReason()));
        return new AssessmentContent(kind.orElseThrow(), participation, text(input.recommendations()), sections,
                evidence);
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Changes diff(Assessment before, AssessmentContent after) {
        Changes changes = Changes.none().field("kind", before.getKind(), after.kind())
                .field("recommendations", before.recommendations().orElse(null),
                        after.recommendations().orElse(null));
        diffParticipation(changes, before.participation(), after.participation());
        after.sections().forEach((factor, fresh) -> diffSection(changes, before.section(factor), fresh));
        changes.field("evidence", before.getEvidence().stream().map(EvidenceLink::toString).toList(),
                after.evidence().stream().map(e -> e.factor() + ":" + e.kind() + ":" + e.refId() + ":" + e.label())
                        .toList());
        return changes;
    }

    private static void diffParticipation(Changes changes, Participation before, Participation after) {
        changes.field("participation.heard", before.heard().orElse(null), after.heard().orElse(null))
                .field("participation.language", before.language().orElse(null), after.language().orElse(null))
                .field("participation.interpreter", before.interpreter().orElse(null),
                        after.interpreter().orElse(null))
                .field("participation.weighing", before.weighing().orElse(null), after.weighing().orElse(null))
                .field("participation.notHeardReason", before.notHeardReason().orElse(null),
                        after.notHeardReason().orElse(null));
    }

    private static void diffSection(Changes changes, Section before, AssessmentContent.SectionContent after) {
        String prefix = "sections." + before.getFactor();
        if (before.getFactor().specialCategory()) {
            changes.specialCategory(prefix + ".findings", before.findings().orElse(null), after.findings().orElse(null))
                    .specialCategory(prefix + ".sources", before.sources().orElse(null), after.sources().orElse(null));
        } else {
            changes.field(prefix + ".findings", before.findings().orElse(null), after.findings().orElse(null))
                    .field(prefix + ".sources", before.sources().orElse(null), after.sources().orElse(null));
        }
        changes.field(prefix + ".riskLevel", before.riskLevel().orElse(null), after.riskLevel().orElse(null));
    }

    private AssessmentRecord recordOf(Assessment assessment, Child child) {
        boolean editable = assessment.getStatus().editable() && child.getStatus() == eu.guardian.child.CaseStatus.OPEN;
        boolean mayEdit = editable && (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY));
        boolean mayContribute = editable && currentUser.has(Role.GUARDIAN);
        boolean mayDecide = assessment.getStatus() == AssessmentStatus.SUBMITTED && currentUser.has(Role.AUTHORITY)
                && AssessmentWorkflow.mayDecide(assessment.getAuthor(), assessment.submittedBy(),
                        currentUser.getName());
        return AssessmentRecord.of(assessment, child.getCaseNumber(),
                child.getGivenNames() + " " + child.getFamilyName(), mayEdit, mayContribute, mayDecide);
    }
}
