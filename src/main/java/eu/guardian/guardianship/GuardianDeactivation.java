package eu.guardian.guardianship;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.guardian.Guardian;
import eu.guardian.guardian.GuardianRegistry;
import eu.guardian.guardian.GuardianSummary;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.security.Role;
import eu.guardian.staff.Accounts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Takes a guardian out of the registry: refused while they still have wards, unless each ward gets another guardian
 * in the same step (a change of guardian with the reason given, or, for an interim representative, a new interim one),
 * then the entry becomes inactive and their login is disabled with its sessions ended, so that they are refused at
 * once. All of it or nothing: a refused reassignment, or Keycloak out of reach, leaves everything as it was
 * (docs/accounts.md, "Deactivating a guardian"). Lives here, not in the guardian registry, because the wards are
 * guardianship's.
 */
@Stateless
public class GuardianDeactivation {

    @PersistenceContext
    EntityManager em;

    @Inject
    GuardianRegistry guardians;

    @Inject
    Appointments appointments;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @RolesAllowed(Role.Names.AUTHORITY)
    public GuardianSummary deactivate(long guardianId, DeactivationInput input) {
        Guardian guardian = guardians.guardian(guardianId);
        Checks checks = new Checks().required("version", input.version()).required("reason", input.reason())
                .maxLength("reason", input.reason(), Checks.TEXT_MAX);
        checks.throwIfAny();
        if (guardian.getVersion() != input.version()) {
            throw new OptimisticLockException("The guardian's entry was changed by someone else");
        }
        if (!guardian.isActive()) {
            throw new Conflict("guardian.alreadyInactive", List.of());
        }
        List<GuardianshipRecord> wards = appointments.activeOf(guardianId);
        Map<Long, DeactivationInput.Reassignment> given = input.reassignmentsOrEmpty().stream()
                .filter(r -> r.childId() != null && r.guardianId() != null)
                .collect(Collectors.toMap(DeactivationInput.Reassignment::childId, Function.identity(), (a, b) -> b));
        List<String> unassigned = wards.stream().filter(ward -> !given.containsKey(ward.childId()))
                .map(GuardianshipRecord::caseNumber).toList();
        if (!unassigned.isEmpty()) {
            throw new Conflict("guardian.hasWards", unassigned);
        }
        Checks reassignments = new Checks();
        for (DeactivationInput.Reassignment reassignment : given.values()) {
            reassignments.that(!reassignment.guardianId().equals(guardianId), "reassignments.guardianId",
                    "guardian.reassignToOther").required("reassignments.decisionReference",
                    reassignment.decisionReference());
            reassignments.that(wards.stream().anyMatch(w -> w.childId() == reassignment.childId()),
                    "reassignments.childId", "guardian.notAWard");
        }
        reassignments.throwIfAny();
        String reason = input.reason().strip();
        String today = LocalDate.now(clock).toString();
        for (GuardianshipRecord ward : wards) {
            DeactivationInput.Reassignment next = given.get(ward.childId());
            if (ward.kind() == GuardianshipKind.FULL) {
                appointments.change(ward.childId(), new AppointmentInput(next.guardianId(),
                        GuardianshipKind.FULL.name(), next.decisionReference(), today, null, null), reason);
            } else {
                appointments.discharge(ward.id(), EndReason.GUARDIAN_UNAVAILABLE.name(), today, reason);
                appointments.appoint(ward.childId(), new AppointmentInput(next.guardianId(),
                        GuardianshipKind.INTERIM.name(), next.decisionReference(), today, null, null));
            }
        }
        guardian.deactivate();
        em.lock(guardian, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(AuditAction.DISABLE, "Guardian", guardianId, Optional.empty(), Changes.none()
                .note("reason", reason).note("wardsReassigned", wards.size()));
        em.flush();
        // Keycloak last: if it cannot be reached, all of the above is rolled back
        guardians.loginOf(guardian).ifPresent(accounts::disableGuardianLogin);
        return guardians.profile(guardianId);
    }
}
