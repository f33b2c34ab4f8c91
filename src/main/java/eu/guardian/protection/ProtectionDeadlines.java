package eu.guardian.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** The protection deadlines, as pure functions of the dates and the settings (docs/domain-rules.md#protection). */
public final class ProtectionDeadlines {

    private ProtectionDeadlines() {
    }

    /**
     * When the police must have been told of a missing child: within the grace hours after the report, and in any
     * case the same (UTC) day. With no grace hours (the default) a report without police notification is overdue
     * at once: the first hours are crucial.
     */
    public static Instant policeDueAt(Instant reportedAt, int graceHours) {
        Instant endOfDay = reportedAt.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1).atStartOfDay()
                .toInstant(ZoneOffset.UTC).minusNanos(1000);
        Instant afterGrace = reportedAt.plusSeconds(graceHours * 3600L);
        return afterGrace.isBefore(endOfDay) ? afterGrace : endOfDay;
    }

    /** Overdue: not notified and the due time reached, or notified only after it. */
    public static boolean policeOverdue(Instant dueAt, Optional<Instant> notifiedAt, Instant now) {
        return notifiedAt.map(at -> at.isAfter(dueAt)).orElse(!now.isBefore(dueAt));
    }

    /** Whole hours since the child was last seen. */
    public static long hoursElapsed(Instant lastSeenAt, Instant now) {
        return Math.max(0, java.time.Duration.between(lastSeenAt, now).toHours());
    }

    /** A referral to an agency must be answered by this day (calendar days after it was sent). */
    public static LocalDate referralAnswerDue(LocalDate sentOn, int days) {
        return sentOn.plusDays(days);
    }

    /** A referral still waiting for its answer after the due day is overdue. */
    public static boolean referralOverdue(LocalDate answerDueOn, boolean answered, LocalDate today) {
        return !answered && today.isAfter(answerDueOn);
    }

    /** The recovery-and-reflection period (CETS 197 art 13: at least 30 days) ends on this day. */
    public static LocalDate reflectionPeriodEnds(LocalDate referredOn, int days) {
        return referredOn.plusDays(Math.max(30, days));
    }
}
