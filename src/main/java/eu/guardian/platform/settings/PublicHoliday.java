package eu.guardian.platform.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** A public holiday: not a working day for legal deadlines. */
@Entity
@Table(name = "public_holiday")
public class PublicHoliday {

    @Id
    @Column(name = "day")
    private LocalDate day;

    @Column(name = "name", nullable = false)
    private String name;

    protected PublicHoliday() {
        // for JPA
    }

    public PublicHoliday(LocalDate day, String name) {
        this.day = Objects.requireNonNull(day);
        this.name = Objects.requireNonNull(name);
    }

    public LocalDate getDay() {
        return day;
    }

    public String getName() {
        return name;
    }
}
