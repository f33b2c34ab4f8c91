package eu.guardian.guardianship;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.child.CaseStatus;
import eu.guardian.child.Child;
import eu.guardian.child.ChildRegistry;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
import eu.guardian.platform.validation.Checks;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The transition to adulthood of one child (docs/domain-rules.md#transition-to-adulthood): the plan, due months
 * before 18 by the age used (setting), and the handover to after-care that the age-out at 18 closes the case with
 * ({@link ComingOfAge}). Caseworkers, the authority and the child's current guardian record; whoever sees the file
 * reads. Every read and change is audited.
 */
@Stateless
public class Transitions {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChildRegistry children;

    @Inject
    CurrentUser currentUser;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public TransitionRecord transition(long childId) {
        Child child = children.visibleChild(childId);
        audit.record(AuditAction.READ, "AdulthoodTransition", childId, Optional.of(childId), Changes.none());
        return recordOf(child, of(child));
    }

    /** The same, read as part of the child's file, whose view is audited once (no entry of its own). */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public TransitionRecord transitionOnFile(long childId) {
        Child child = children.visibleChild(childId);
        return recordOf(child, of(child));
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY})
    public TransitionRecord recordPlan(long childId, TransitionInput.Plan input) {
        Child child = children.childToWorkOn(childId);
        LocalDate today = LocalDate.now(clock);
        Checks checks = new Checks().required("summary", blankToNull(input.summary()))
                .maxLength("summary", input.summary(), Checks.TEXT_MAX);
        Optional<LocalDate> on = input.recordedOn() == null || input.recordedOn().isBlank() ? Optional.of(today)
                : checks.date("recordedOn", input.recordedOn());
        on.ifPresent(day -> checks.notInFuture("recordedOn", day, today));
        checks.throwIfAny();
        AdulthoodTransition transition = of(child).orElseGet(() -> created(child));
        transition.recordPlan(input.summary().strip(), on.orElseThrow(), currentUser.getName());
        audit.record(AuditAction.UPDATE, "AdulthoodTransition", childId, Optional.of(childId),
                Changes.none().note("plan", on.get()));
        return recordOf(child, Optional.of(transition));
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY})
    public TransitionRecord recordHandover(long childId, TransitionInput.Handover input) {
        Child child = children.childToWorkOn(childId);
        LocalDate today = LocalDate.now(clock);
        Checks checks = new Checks().required("service", blankToNull(input.service()))
                .maxLength("service", input.service(), Checks.NAME_MAX)
                .required("contact", blankToNull(input.contact())).maxLength("contact", input.contact(), Checks.NAME_MAX)
                .required("handedOver", blankToNull(input.handedOver()))
                .maxLength("handedOver", input.handedOver(), Checks.TEXT_MAX)
                .required("consent", input.consent()).maxLength("consentNote", input.consentNote(), Checks.TEXT_MAX);
        Optional<AfterCareConsent> consent = checks.choice(AfterCareConsent.class, "consent", input.consent());
        consent.filter(given -> given != AfterCareConsent.GIVEN).ifPresent(notGiven -> checks.required("consentNote",
                blankToNull(input.consentNote())));
        Optional<LocalDate> on = input.recordedOn() == null || input.recordedOn().isBlank() ? Optional.of(today)
                : checks.date("recordedOn", input.recordedOn());
        on.ifPresent(day -> checks.notInFuture("recordedOn", day, today));
        checks.throwIfAny();
        AdulthoodTransition transition = of(child).orElseGet(() -> created(child));
        transition.recordHandover(input.service().strip(), input.contact().strip(), input.handedOver().strip(),
                consent.orElseThrow(), blankToNull(input.consentNote()), on.orElseThrow(), currentUser.getName());
        audit.record(AuditAction.UPDATE, "AdulthoodTransition", childId, Optional.of(childId),
                Changes.none().note("afterCareHandover", input.service().strip()).note("consent", consent.get()));
        return recordOf(child, Optional.of(transition));
    }

    private Optional<AdulthoodTransition> of(Child child) {
        return AdulthoodTransition.of(em, child);
    }

    private AdulthoodTransition created(Child child) {
        AdulthoodTransition transition = new AdulthoodTransition(child);
        em.persist(transition);
        return transition;
    }

    private TransitionRecord recordOf(Child child, Optional<AdulthoodTransition> recorded) {
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> adultOn = child.adulthoodDate();
        Optional<LocalDate> dueOn = adultOn.map(day -> planDueOn(day, settings.value(SettingKey.TRANSITION_MONTHS)));
        boolean planDue = child.getStatus() == CaseStatus.OPEN && recorded.flatMap(AdulthoodTransition::planRecordedOn)
                .isEmpty() && dueOn.filter(day -> !today.isBefore(day)).isPresent();
        AdulthoodTransition t = recorded.orElse(null);
        return new TransitionRecord(child.getId(), adultOn.orElse(null), dueOn.orElse(null), planDue,
                t == null ? null : t.planRecordedOn().orElse(null), t == null ? null : t.getPlanSummary(),
                t == null ? null : t.getPlanRecordedBy(), t == null ? null : t.afterCareService().orElse(null),
                t == null ? null : t.getAfterCareContact(), t == null ? null : t.getHandedOver(),
                t == null ? null : t.getConsent(), t == null ? null : t.getConsentNote(),
                t == null ? null : t.getHandoverRecordedOn());
    }

    /** The plan is due this many months before the 18th birthday by the age used. */
    static LocalDate planDueOn(LocalDate adultOn, int transitionMonths) {
        return adultOn.minusMonths(transitionMonths);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
