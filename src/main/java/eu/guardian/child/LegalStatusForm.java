package eu.guardian.child;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A legal status as the registration form and the file's legal-status dialog type it: its kind and validity. */
public class LegalStatusForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String kind;
    private LocalDate validFrom;
    private LocalDate validTo;

    /** An empty status, valid from the given day (null: no day proposed). */
    void reset(LocalDate from) {
        kind = null;
        validFrom = from;
        validTo = null;
    }

    ChildInput.StatusInput input() {
        return new ChildInput.StatusInput(kind, ChildForm.iso(validFrom), ChildForm.iso(validTo));
    }

    /** The status as a registration sends it: none when no kind was chosen (the status is optional there). */
    List<ChildInput.StatusInput> inputIfChosen() {
        return kind == null || kind.isBlank() ? List.of() : List.of(input());
    }

    public List<String> getKinds() {
        return ChildForm.names(LegalStatusKind.values());
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }
}
