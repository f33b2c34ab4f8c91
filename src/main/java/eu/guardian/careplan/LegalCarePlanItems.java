package eu.guardian.careplan;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.child.ChildClocksStarted;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
import eu.guardian.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The care-plan items the law makes due, created by the events that start their clocks (registration, a corrected
 * identification or application date), in the same transaction: school, special-needs assessment, information to the
 * child, health check, civil registration, legal aid (docs/domain-rules.md#the-laws-clocks). Idempotent: a type the
 * child's plan already has (planned by hand or created before) is not added again, and its due date is left alone.
 */
@Stateless
@PermitAll
public class LegalCarePlanItems {

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public void createDueItems(@Observes ChildClocksStarted started) {
        List<CarePlanItemType> existing = em.createQuery("SELECT DISTINCT i.type FROM CarePlanItem i"
                + " WHERE i.childId = :child", CarePlanItemType.class).setParameter("child", started.childId())
                .getResultList();
        String by = currentUser.username().orElse("system");
        dueDates(started.clockStart()).forEach((type, dueOn) -> {
            if (existing.contains(type)) {
                return;
            }
            CarePlanItem item = new CarePlanItem(started.childId(), type, Optional.empty(), Optional.empty(), dueOn,
                    true, by, clock.instant());
            em.persist(item);
            em.flush();
            audit.record(AuditAction.CREATE, "CarePlanItem", item.getId(), Optional.of(started.childId()),
                    Changes.none().note("type", type).note("dueOn", dueOn).note("dueFromRule", true)
                            .note("createdBy", "rule"));
        });
    }

    /** Each legally due type and its due date counted from the day the child's clocks start. */
    Map<CarePlanItemType, LocalDate> dueDates(LocalDate clockStart) {
        CarePlanRules.Periods periods = new CarePlanRules.Periods(settings.value(SettingKey.CARE_PLAN_SCHOOL_MONTHS),
                settings.value(SettingKey.CARE_PLAN_SPECIAL_NEEDS_DAYS),
                settings.value(SettingKey.CARE_PLAN_INFORMATION_DAYS));
        Map<CarePlanItemType, LocalDate> due = new LinkedHashMap<>();
        for (CarePlanItemType type : List.of(CarePlanItemType.SCHOOL_ENROLMENT,
                CarePlanItemType.SPECIAL_NEEDS_ASSESSMENT, CarePlanItemType.INFORMATION_TO_CHILD)) {
            due.put(type, CarePlanRules.defaultDueOn(type, clockStart, periods).orElseThrow());
        }
        due.put(CarePlanItemType.HEALTH_CHECK,
                clockStart.plusDays(settings.value(SettingKey.CARE_PLAN_HEALTH_CHECK_DAYS)));
        due.put(CarePlanItemType.CIVIL_REGISTRATION,
                clockStart.plusDays(settings.value(SettingKey.CARE_PLAN_CIVIL_REGISTRATION_DAYS)));
        due.put(CarePlanItemType.LEGAL_AID, clockStart.plusDays(settings.value(SettingKey.CARE_PLAN_LEGAL_AID_DAYS)));
        return due;
    }
}
