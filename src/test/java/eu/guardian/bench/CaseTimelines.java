package eu.guardian.bench;

import eu.guardian.bench.CaseTimeline.Outcome;
import eu.guardian.child.ClosureReason;
import eu.guardian.platform.time.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.random.RandomGenerator;

/**
 * Decides how far each generated case has got. About 70 % of children have (or, closed, had) a full guardian; the
 * other 30 % are in the awaiting-guardian queue, most identified in the last month, a backlog older and overdue.
 */
final class CaseTimelines {

    private final LocalDate today;
    private final WorkingDayCalendar calendar;
    private final int interimDueWorkingDays;
    private final int guardianDueWorkingDays;

    CaseTimelines(LocalDate today, WorkingDayCalendar calendar, int interimDueWorkingDays, int guardianDueWorkingDays) {
        this.today = today;
        this.calendar = calendar;
        this.interimDueWorkingDays = interimDueWorkingDays;
        this.guardianDueWorkingDays = guardianDueWorkingDays;
    }

    CaseTimeline plan(long childId, RandomGenerator random) {
        Outcome outcome = outcome(random);
        LocalDate identifiedOn = today.minusDays(daysAgoIdentified(outcome, random));
        LocalDate applicationMadeOn = random.nextDouble() < 0.6
                ? notAfterToday(identifiedOn.plusDays(random.nextInt(21))) : null;
        // As in Guardian: the deadline runs from identification or application, whichever is earlier.
        LocalDate guardianDueOn = calendar.addWorkingDays(identifiedOn, guardianDueWorkingDays);
        LocalDate interimDueOn = calendar.addWorkingDays(identifiedOn, interimDueWorkingDays);
        LocalDate fullGuardianOn = null;
        LocalDate closedOn = null;
        ClosureReason closureReason = null;
        if (outcome == Outcome.GUARDIAN_APPOINTED || outcome == Outcome.CLOSED) {
            fullGuardianOn = notAfterToday(identifiedOn.plusDays(3 + random.nextInt(38)));
        }
        if (outcome == Outcome.CLOSED) {
            LocalDate closing = identifiedOn.plusDays(120 + random.nextInt(900));
            closedOn = notAfterToday(latest(fullGuardianOn.plusDays(30), closing));
            closureReason = closureReason(random);
        }
        String region = CareCentres.REGIONS.get(random.nextInt(CareCentres.REGIONS.size()));
        return new CaseTimeline(childId, outcome, region, identifiedOn, applicationMadeOn, interimDueOn, guardianDueOn,
                fullGuardianOn, closedOn, closureReason);
    }

    private static Outcome outcome(RandomGenerator random) {
        double r = random.nextDouble();
        if (r < 0.18) {
            return Outcome.AWAITING;
        }
        if (r < 0.30) {
            return Outcome.AWAITING_WITH_INTERIM;
        }
        return r < 0.895 ? Outcome.GUARDIAN_APPOINTED : Outcome.CLOSED;
    }

    private static int daysAgoIdentified(Outcome outcome, RandomGenerator random) {
        return switch (outcome) {
            // Most of the queue arrived in the last month; the rest is a backlog, long overdue.
            case AWAITING, AWAITING_WITH_INTERIM ->
                    random.nextDouble() < 0.7 ? random.nextInt(31) : 31 + random.nextInt(370);
            case GUARDIAN_APPOINTED -> 20 + random.nextInt(1080);
            case CLOSED -> 120 + random.nextInt(980);
        };
    }

    private static ClosureReason closureReason(RandomGenerator random) {
        double r = random.nextDouble();
        if (r < 0.50) {
            return ClosureReason.TURNED_18;
        }
        if (r < 0.65) {
            return ClosureReason.FAMILY_REUNIFICATION;
        }
        if (r < 0.80) {
            return ClosureReason.TRANSFERRED_ABROAD;
        }
        if (r < 0.89) {
            return ClosureReason.FOUND_TO_BE_ADULT;
        }
        return r < 0.995 ? ClosureReason.OTHER : ClosureReason.DECEASED;
    }

    private LocalDate notAfterToday(LocalDate day) {
        return day.isAfter(today) ? today : day;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
