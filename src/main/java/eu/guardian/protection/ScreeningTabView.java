package eu.guardian.protection;

import eu.guardian.child.CaseStatus;
import eu.guardian.child.ChildFileView;
import eu.guardian.protection.ProtectionInputs.AnswerInput;
import eu.guardian.protection.ProtectionRecords.EpisodeRecord;
import eu.guardian.protection.ProtectionRecords.ScreeningRecord;
import eu.guardian.platform.web.FormMessages;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The "screening" sub-tab of a child's protection tab, its first: trafficking screenings with their NRM referrals,
 * a new screening (every indicator answered), and a caseworker's override.
 */
@Named
@ViewScoped
public class ScreeningTabView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "tabs:protectionTabs:screeningForm";

    private static final Map<String, String> INPUTS = Map.of("nrmAgency", "nrmAgency", "nrmReference",
            "nrmReference", "result", "overrideResult", "reason", "overrideReason");
    private static final Map<String, String> LABELS = Map.of("nrmAgency", "protection.nrm.agency",
            "nrmReference", "protection.nrm.reference", "result", "protection.screening.result", "reason",
            "protection.screening.overrideReason", "answers", "protection.screening.answers");

    @Inject
    ChildFileView fileView;

    @Inject
    CurrentUser currentUser;

    @Inject
    Screenings screenings;

    @Inject
    MissingTabView missing;

    private List<ScreeningRecord> screeningList = List.of();
    private List<AnswerRow> answers = new ArrayList<>();
    private String occasion;
    private String nrmAgency;
    private String nrmReference;
    private String overrideResult;
    private String overrideReason;

    /** One indicator's row of the screening form (a JavaBean for EL). */
    public static final class AnswerRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Indicator indicator;
        private String answer = Answer.UNKNOWN.name();
        private String note;

        AnswerRow(Indicator indicator) {
            this.indicator = indicator;
        }

        public String getIndicator() {
            return indicator.name();
        }

        public boolean isStrong() {
            return indicator.isStrong();
        }

        public String getAnswer() {
            return answer;
        }

        public void setAnswer(String answer) {
            this.answer = answer;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    @PostConstruct
    void init() {
        reset();
        load();
    }

    private void load() {
        if (fileView.isLoaded()) {
            screeningList = screenings.screenings(ProtectionForm.childId(fileView));
        }
    }

    public List<ScreeningRecord> getScreenings() {
        return screeningList;
    }

    /** The latest return from missing, if the child ever went missing. */
    private Optional<Instant> lastReturn() {
        return missing.getEpisodes().stream().map(EpisodeRecord::returnedAt).filter(Objects::nonNull)
                .max(Instant::compareTo);
    }

    /** A screening is due: never screened, or not since the latest return from missing. */
    public boolean isScreeningDue() {
        return screeningList.isEmpty() || lastReturn().filter(r -> screeningList.get(0).screenedAt().isBefore(r))
                .isPresent();
    }

    public List<AnswerRow> getAnswers() {
        return answers;
    }

    public List<String> getAnswerChoices() {
        return names(Answer.values());
    }

    public List<String> getResults() {
        return names(ScreeningResult.values());
    }

    public List<String> getOccasions() {
        return names(ScreeningOccasion.values());
    }

    public boolean isMayScreen() {
        return open() && (currentUser.has(Role.RECEPTION) && fileView.getFile().mayChange()
                || currentUser.has(Role.CASEWORKER) || currentUser.has(Role.GUARDIAN));
    }

    public boolean isMayOverride() {
        return open() && currentUser.has(Role.CASEWORKER);
    }

    private boolean open() {
        return fileView.isLoaded() && fileView.getFile().status() == CaseStatus.OPEN;
    }

    public void screen() {
        String chosen = getOccasion();
        ProtectionForm.run(FORM, INPUTS, LABELS, "protection.screening.recorded", () -> {
            ScreeningRecord record = screenings.screen(ProtectionForm.childId(fileView),
                    new ProtectionInputs.ScreeningInput(chosen, answers.stream()
                            .map(a -> new AnswerInput(a.getIndicator(), a.getAnswer(), a.getNote())).toList(),
                            nrmAgency, nrmReference));
            if (record.result().isPositive()) {
                FormMessages.add(null, FacesMessage.SEVERITY_WARN, "protection.screening.referred",
                        record.nrmReferral().reflectionEndsOn().toString());
            }
            reset();
        }, this::load);
    }

    /** Overrides the latest screening's result. */
    public void override() {
        if (screeningList.isEmpty()) {
            return;
        }
        ScreeningRecord target = screeningList.get(0);
        ProtectionForm.run(FORM, INPUTS, LABELS, "protection.screening.overriddenDone", () -> {
            screenings.override(ProtectionForm.childId(fileView), target.id(), new ProtectionInputs.OverrideInput(
                    target.version(), overrideResult, overrideReason));
            overrideResult = null;
            overrideReason = null;
        }, this::load);
    }

    private void reset() {
        answers = new ArrayList<>(Arrays.stream(Indicator.values()).map(AnswerRow::new).toList());
        occasion = null;
        nrmAgency = null;
        nrmReference = null;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** As chosen; until then, after a return from missing the return, else the registration. */
    public String getOccasion() {
        if (occasion != null) {
            return occasion;
        }
        return (lastReturn().isPresent() && isScreeningDue() ? ScreeningOccasion.RETURN_FROM_MISSING
                : ScreeningOccasion.REGISTRATION).name();
    }

    public void setOccasion(String v) { occasion = v; }
    public String getNrmAgency() { return nrmAgency; }
    public void setNrmAgency(String v) { nrmAgency = v; }
    public String getNrmReference() { return nrmReference; }
    public void setNrmReference(String v) { nrmReference = v; }
    public String getOverrideResult() { return overrideResult; }
    public void setOverrideResult(String v) { overrideResult = v; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String v) { overrideReason = v; }
}
