package eu.guardian.bench;

import eu.guardian.bench.CaseTimeline.Outcome;
import eu.guardian.child.ClosureReason;
import eu.guardian.guardianship.EndReason;
import eu.guardian.guardianship.GuardianshipKind;
import eu.guardian.platform.time.WorkingDayCalendar;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.random.RandomGenerator;

/**
 * Writes a generated child's appointments as its timeline says: an interim representative for part of the queue; for
 * the others often an interim one replaced by the full guardian, who is still acting unless the case closed.
 */
final class GuardianshipRows {

    private final GeneratedTables tables;
    private final GuardianRegistry guardians;
    private final IdSequence guardianshipIds;
    private final WorkingDayCalendar calendar;
    private final int firstMeetingWorkingDays;
    private final LocalDate today;

    GuardianshipRows(GeneratedTables tables, GuardianRegistry guardians, IdSequence guardianshipIds,
            WorkingDayCalendar calendar, int firstMeetingWorkingDays, LocalDate today) {
        this.tables = tables;
        this.guardians = guardians;
        this.guardianshipIds = guardianshipIds;
        this.calendar = calendar;
        this.firstMeetingWorkingDays = firstMeetingWorkingDays;
        this.today = today;
    }

    void write(CaseTimeline timeline, RandomGenerator random) throws SQLException {
        LocalDate interimOn = timeline.interimDueOn().isAfter(today) ? today : timeline.interimDueOn();
        switch (timeline.outcome()) {
            case AWAITING -> {
            }
            case AWAITING_WITH_INTERIM -> write(timeline, GuardianshipKind.INTERIM, guardians.takeOngoingCase(),
                    interimOn, null, null, random);
            case GUARDIAN_APPOINTED, CLOSED -> {
                if (random.nextDouble() < 0.6 && interimOn.isBefore(timeline.fullGuardianOn())) {
                    write(timeline, GuardianshipKind.INTERIM, guardians.anyGuardian(random), interimOn,
                            timeline.fullGuardianOn(), EndReason.REPLACED_BY_GUARDIAN, random);
                }
                if (timeline.outcome() == Outcome.CLOSED) {
                    write(timeline, GuardianshipKind.FULL, guardians.anyGuardian(random), timeline.fullGuardianOn(),
                            timeline.closedOn(), endReason(timeline.closureReason()), random);
                } else {
                    write(timeline, GuardianshipKind.FULL, guardians.takeOngoingCase(), timeline.fullGuardianOn(),
                            null, null, random);
                }
            }
        }
    }

    private void write(CaseTimeline timeline, GuardianshipKind kind, long guardianId, LocalDate appointedOn,
            LocalDate endedOn, EndReason endReason, RandomGenerator random) throws SQLException {
        long id = guardianshipIds.next();
        LocalDate childInformedOn = random.nextDouble() < 0.9 ? appointedOn : null;
        tables.guardianship.add(id, timeline.childId(), guardianId, kind.name(),
                "DEC-" + appointedOn.getYear() + "-" + id, appointedOn, childInformedOn,
                calendar.addWorkingDays(appointedOn, firstMeetingWorkingDays), null, null, endedOn,
                endReason == null ? null : endReason.name(), null,
                appointedOn.atTime(9, 0).plusSeconds(random.nextInt(8 * 3600)), "authority1", 1L);
    }

    private static EndReason endReason(ClosureReason closure) {
        return switch (closure) {
            case TURNED_18 -> EndReason.CHILD_TURNED_18;
            case FAMILY_REUNIFICATION -> EndReason.FAMILY_REUNIFICATION;
            case TRANSFERRED_ABROAD -> EndReason.CASE_TRANSFERRED_ABROAD;
            case DECEASED -> EndReason.CHILD_DECEASED;
            default -> EndReason.OTHER;
        };
    }
}
