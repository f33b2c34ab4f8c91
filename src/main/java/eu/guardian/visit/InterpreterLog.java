package eu.guardian.visit;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.child.Child;
import eu.guardian.child.ChildRegistry;
import eu.guardian.platform.reference.ReferenceData;
import eu.guardian.platform.validation.Checks;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Logs an interpreted interaction other than a visit (docs/domain-rules.md#the-laws-clocks): an age interview, a
 * trafficking screening, a best-interests hearing, a determination panel, a debrief after a missing episode — by
 * whoever may work on the child's case, naming the record it belongs to (which must be this child's).
 */
@Stateless
public class InterpreterLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChildRegistry children;

    @Inject
    ReferenceData referenceData;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record Interaction(String kind, Long referenceId, String language, String interpreter,
            String occurredAt) {
    }

    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY})
    public InterpreterLogEntry log(long childId, Interaction input) {
        Child child = children.childToWorkOn(childId);
        Instant now = clock.instant();
        Checks checks = new Checks().required("kind", input.kind()).required("referenceId", input.referenceId())
                .required("language", input.language()).required("interpreter", input.interpreter())
                .maxLength("interpreter", input.interpreter(), Checks.NAME_MAX).required("occurredAt", input.occurredAt());
        Optional<InterpretedInteraction> kind = checks.choice(InterpretedInteraction.class, "kind", input.kind())
                .flatMap(InterpretedInteraction::loggedOnItsOwn);
        checks.that(input.kind() == null || !"VISIT".equals(input.kind().strip()), "kind",
                "interpreterLog.validation.visitLogsItself");
        Optional.ofNullable(input.language()).filter(code -> !code.isBlank()).ifPresent(code -> checks.that(
                referenceData.languageCodes().contains(code.strip()), "language", "validation.unknownLanguage", code));
        Optional<Instant> occurredAt = checks.instant("occurredAt", input.occurredAt());
        occurredAt.ifPresent(at -> checks.that(!at.isAfter(now), "occurredAt", "validation.inFuture"));
        if (kind.isPresent() && input.referenceId() != null) {
            Number ofChild = (Number) em.createNativeQuery("SELECT COUNT(*) FROM " + kind.get().table()
                    + " WHERE id = ? AND child_id = ?").setParameter(1, input.referenceId()).setParameter(2, childId)
                    .getSingleResult();
            checks.that(ofChild.longValue() > 0, "referenceId", "interpreterLog.validation.reference");
        }
        checks.throwIfAny();
        child.requireOpen();
        String language = input.language().strip();
        String interpreter = input.interpreter().strip();
        em.createNativeQuery("INSERT INTO interpreter_log (visit_id, child_id, language_code, interpreter, occurred_at,"
                        + " logged_by, logged_at, kind, reference_id) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, childId).setParameter(2, language).setParameter(3, interpreter)
                .setParameter(4, Timestamp.from(occurredAt.orElseThrow())).setParameter(5, currentUser.getName())
                .setParameter(6, Timestamp.from(now)).setParameter(7, kind.orElseThrow().name())
                .setParameter(8, input.referenceId()).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        audit.record(AuditAction.CREATE, "InterpreterLog", id, Optional.of(childId), Changes.none()
                .note("kind", kind.get()).note("referenceId", input.referenceId()).note("language", language)
                .field("interpreter", null, interpreter));
        return new InterpreterLogEntry(id, null, childId, child.getCaseNumber(), language, interpreter,
                occurredAt.get(), currentUser.getName(), kind.get(), input.referenceId());
    }
}
