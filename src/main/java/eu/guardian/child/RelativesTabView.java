package eu.guardian.child;

import eu.guardian.platform.validation.AccessRefused;
import eu.guardian.platform.web.FormAction;
import eu.guardian.platform.web.FormMessages;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The relatives tab of a child's file (docs/domain-rules.md#siblings-and-relatives): the linked children, a form to
 * link one by case number, and one to record why two related children live apart. The services decide who may.
 */
@Named
@ViewScoped
public class RelativesTabView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String LINK_FORM = "tabs:relativeLink";
    static final String SEPARATION_FORM = "tabs:relativeSeparation";
    private static final Map<String, String> LINK_INPUTS = Map.of("relativeCaseNumber", "relativeCaseNumber", "kind",
            "relativeKind", "relativeId", "relativeCaseNumber");
    private static final Map<String, String> LINK_LABELS = Map.of("relativeCaseNumber", "relatives.caseNumber",
            "kind", "relatives.kind", "relativeId", "relatives.caseNumber");
    private static final Map<String, String> SEPARATION_INPUTS = Map.of("reason", "separationReason");
    private static final Map<String, String> SEPARATION_LABELS = Map.of("reason", "relatives.separationReason",
            "relativeId", "relatives.separatedFrom");

    @Inject
    Relatives relatives;

    @Inject
    ChildFileView fileView;

    @Inject
    CurrentUser currentUser;

    private List<RelativeRecord> records;
    private String relativeCaseNumber;
    private String kind;
    private Long separatedFrom;
    private String reason;

    @PostConstruct
    void reload() {
        records = fileView.isLoaded() ? relatives.relativesOnFile(fileView.getFile().id()) : List.of();
    }

    public List<RelativeRecord> getRecords() {
        return records;
    }

    /** Linking and separations are for caseworkers and the authority on an open case (the server checks the child). */
    public boolean isMayLink() {
        return fileView.isLoaded() && fileView.getFile().mayChange()
                && (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY));
    }

    public List<String> getKinds() {
        return Arrays.stream(RelationKind.values()).map(Enum::name).toList();
    }

    public void link() {
        long childId = fileView.getFile().id();
        run(LINK_FORM, LINK_INPUTS, LINK_LABELS, () -> {
            records = relatives.linkByCaseNumber(childId, relativeCaseNumber, kind);
            relativeCaseNumber = null;
            kind = null;
            FormMessages.add(LINK_FORM, FacesMessage.SEVERITY_INFO, "relatives.linked");
        });
    }

    public void recordSeparation() {
        long childId = fileView.getFile().id();
        if (separatedFrom == null) {
            FormMessages.add(SEPARATION_FORM + ":separatedFrom", FacesMessage.SEVERITY_ERROR, "validation.required");
            return;
        }
        run(SEPARATION_FORM, SEPARATION_INPUTS, SEPARATION_LABELS, () -> {
            records = relatives.recordSeparation(childId, separatedFrom, reason);
            separatedFrom = null;
            reason = null;
            FormMessages.add(SEPARATION_FORM, FacesMessage.SEVERITY_INFO, "relatives.separationRecorded");
        });
    }

    private void run(String form, Map<String, String> inputs, Map<String, String> labels, Runnable change) {
        try {
            FormAction.of(form, inputs, labels).messagesInForm().notFoundAsErrorPage().run(change);
        } catch (AccessRefused refused) {
            FormMessages.add(form, FacesMessage.SEVERITY_ERROR, "relatives.refused");
        }
    }

    /** The relatives a separation may be recorded for: those living apart with no reason recorded yet. */
    public List<RelativeRecord> getApart() {
        return records.stream().filter(RelativeRecord::placeTogether).toList();
    }

    public String getRelativeCaseNumber() {
        return relativeCaseNumber;
    }

    public void setRelativeCaseNumber(String relativeCaseNumber) {
        this.relativeCaseNumber = relativeCaseNumber;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getSeparatedFrom() {
        return separatedFrom;
    }

    public void setSeparatedFrom(Long separatedFrom) {
        this.separatedFrom = separatedFrom;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
