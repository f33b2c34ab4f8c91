package eu.guardian.guardianship;

import eu.guardian.child.CaseStatus;
import eu.guardian.oversight.Indicator;
import eu.guardian.oversight.OversightIndicators;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/** The guardianship figures of the oversight dashboard: who still waits, past the legal deadline, soon 18. */
@ApplicationScoped
public class GuardianshipIndicators implements OversightIndicators {

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Override
    public List<Indicator> measure(LocalDate from, LocalDate to, LocalDate today) {
        long awaiting = em.createQuery("SELECT COUNT(c) FROM Child c WHERE c.status = :open"
                + " AND c.awaitingGuardian = TRUE", Long.class).setParameter("open", CaseStatus.OPEN)
                .getSingleResult();
        long late = em.createQuery("SELECT COUNT(c) FROM Child c WHERE c.status = :open"
                + " AND c.awaitingGuardian = TRUE AND c.guardianDueOn < :today", Long.class)
                .setParameter("open", CaseStatus.OPEN).setParameter("today", today).getSingleResult();
        LocalDate bornFrom = today.minusYears(18);
        long turning18 = em.createQuery("SELECT COUNT(c) FROM Child c WHERE c.status = :open"
                + " AND c.birthDate > :from AND c.birthDate <= :until", Long.class)
                .setParameter("open", CaseStatus.OPEN).setParameter("from", bornFrom)
                .setParameter("until", bornFrom.plusMonths(settings.value(SettingKey.TRANSITION_MONTHS)))
                .getSingleResult();
        return List.of(
                Indicator.info("oversight.awaitingGuardian", awaiting, "/guardianship/queue.xhtml", 10),
                Indicator.attentionIfAny("oversight.guardianDeadlineBreaches", late, "/guardianship/queue.xhtml", 11),
                Indicator.info("oversight.turningEighteen", turning18, "/guardianship/turning-18.xhtml", 90));
    }
}
