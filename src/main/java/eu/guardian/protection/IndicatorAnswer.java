package eu.guardian.protection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** One indicator's answer in a screening, with a note (what was seen or said). */
@Embeddable
public class IndicatorAnswer {

    @Enumerated(EnumType.STRING)
    @Column(name = "indicator", nullable = false)
    private Indicator indicator;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer", nullable = false)
    private Answer answer;

    @Column(name = "note")
    private String note;

    protected IndicatorAnswer() {
        // for JPA
    }

    public IndicatorAnswer(Indicator indicator, Answer answer, String note) {
        this.indicator = Objects.requireNonNull(indicator);
        this.answer = Objects.requireNonNull(answer);
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public Answer getAnswer() {
        return answer;
    }

    public String getNote() {
        return note;
    }
}
