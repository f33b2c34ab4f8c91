package eu.guardian.child;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The age-assessment dialog of a child's file: whoever may change the file (reception only at their own centre). */
@Named
@ViewScoped
public class AgeAssessmentView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final FileRecordDialog DIALOG = new FileRecordDialog("ageForm", "ageDialog",
            Map.of("method", "ageMethod", "assessedOn", "assessedOn", "minimumAge", "minimumAge",
                    "maximumAge", "maximumAge", "notes", "ageNotes", "medicalReason", "medicalReason",
                    "legalBasis", "legalBasis"),
            Map.of("method", "age.method", "assessedOn", "age.assessedOn", "minimumAge", "age.minimum",
                    "maximumAge", "age.maximum", "notes", "age.notes", "medicalReason", "age.medicalReason",
                    "legalBasis", "age.legalBasis"));

    @Inject
    ChildRegistry registry;

    @Inject
    ChildFileView fileView;

    @Inject
    Clock clock;

    private String method;
    private LocalDate assessedOn;
    private Integer minimumAge;
    private Integer maximumAge;
    private String notes;
    private String medicalReason;
    private boolean childConsented;
    private boolean guardianConsented;
    private String legalBasis;

    public boolean isMayRecord() {
        return fileView.isLoaded() && fileView.getFile().mayChange();
    }

    public void open() {
        method = null;
        assessedOn = LocalDate.now(clock);
        minimumAge = null;
        maximumAge = null;
        notes = null;
        medicalReason = null;
        childConsented = false;
        guardianConsented = false;
        legalBasis = null;
    }

    public void record() {
        DIALOG.save(fileView, "records.ageRecorded", List.of(":tabs:ages", ":tabs:identityFacts"),
                () -> registry.recordAgeAssessment(fileView.getFile().id(), method, ChildForm.iso(assessedOn),
                        minimumAge, maximumAge, notes,
                        new MedicalGrounds(medicalReason, childConsented, guardianConsented, legalBasis)));
    }

    public List<String> getMethods() {
        return ChildForm.names(AgeAssessmentMethod.values());
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public Integer getMinimumAge() {
        return minimumAge;
    }

    public void setMinimumAge(Integer minimumAge) {
        this.minimumAge = minimumAge;
    }

    public Integer getMaximumAge() {
        return maximumAge;
    }

    public void setMaximumAge(Integer maximumAge) {
        this.maximumAge = maximumAge;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getMedicalReason() {
        return medicalReason;
    }

    public void setMedicalReason(String medicalReason) {
        this.medicalReason = medicalReason;
    }

    public boolean isChildConsented() {
        return childConsented;
    }

    public void setChildConsented(boolean childConsented) {
        this.childConsented = childConsented;
    }

    public boolean isGuardianConsented() {
        return guardianConsented;
    }

    public void setGuardianConsented(boolean guardianConsented) {
        this.guardianConsented = guardianConsented;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }
}
