package eu.guardian.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When a guardian last saw a ward and when the next personal contact is due, per guardianship: kept up to date as
 * visits are logged, so that lists need no aggregation over the visits. The rules are {@link ContactRules}.
 */
@Entity
@Table(name = "contact_schedule")
public class ContactSchedule {

    @Id
    @Column(name = "guardianship_id")
    private Long guardianshipId;

    @Column(name = "child_id", nullable = false)
    private Long childId;

    @Column(name = "guardian_id", nullable = false)
    private Long guardianId;

    @Column(name = "appointed_on", nullable = false)
    private LocalDate appointedOn;

    @Column(name = "first_meeting_due", nullable = false)
    private LocalDate firstMeetingDue;

    @Column(name = "first_personal_contact_on")
    private LocalDate firstPersonalContactOn;

    @Column(name = "last_contact_at")
    private Instant lastContactAt;

    @Column(name = "last_personal_contact_on")
    private LocalDate lastPersonalContactOn;

    @Column(name = "next_contact_due", nullable = false)
    private LocalDate nextContactDue;

    @Column(name = "overdue_notified_for")
    private LocalDate overdueNotifiedFor;

    protected ContactSchedule() {
        // for JPA
    }

    ContactSchedule(long guardianshipId, long childId, long guardianId, ContactRules.Schedule start) {
        this.guardianshipId = guardianshipId;
        this.childId = childId;
        this.guardianId = guardianId;
        apply(start);
    }

    ContactRules.Schedule state() {
        return new ContactRules.Schedule(appointedOn, firstMeetingDue, Optional.ofNullable(firstPersonalContactOn),
                Optional.ofNullable(lastPersonalContactOn), nextContactDue);
    }

    final void apply(ContactRules.Schedule schedule) {
        this.appointedOn = Objects.requireNonNull(schedule.appointedOn());
        this.firstMeetingDue = Objects.requireNonNull(schedule.firstMeetingDue());
        this.firstPersonalContactOn = schedule.firstPersonalContact().orElse(null);
        this.lastPersonalContactOn = schedule.lastPersonalContact().orElse(null);
        this.nextContactDue = Objects.requireNonNull(schedule.nextContactDue());
    }

    void contactAt(Instant at) {
        if (lastContactAt == null || at.isAfter(lastContactAt)) {
            lastContactAt = at;
        }
    }

    void lastContactWas(Optional<Instant> at) {
        lastContactAt = at.orElse(null);
    }

    void overdueNotified(LocalDate due) {
        overdueNotifiedFor = due;
    }

    public Long getGuardianshipId() {
        return guardianshipId;
    }

    public long getChildId() {
        return childId;
    }

    public long getGuardianId() {
        return guardianId;
    }

    public LocalDate getNextContactDue() {
        return nextContactDue;
    }

    public Optional<Instant> lastContactAt() {
        return Optional.ofNullable(lastContactAt);
    }

    public Optional<LocalDate> lastPersonalContactOn() {
        return Optional.ofNullable(lastPersonalContactOn);
    }

    public Optional<LocalDate> overdueNotifiedFor() {
        return Optional.ofNullable(overdueNotifiedFor);
    }
}
