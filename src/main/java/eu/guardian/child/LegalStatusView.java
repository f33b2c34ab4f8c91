package eu.guardian.child;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The legal-status dialog of a child's file: whoever may change the file (reception only at their own centre). */
@Named
@ViewScoped
public class LegalStatusView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final FileRecordDialog DIALOG = new FileRecordDialog("statusForm", "statusDialog",
            Map.of("legalStatuses.kind", "statusKind", "legalStatuses.validFrom", "statusFrom",
                    "legalStatuses.validTo", "statusTo"),
            Map.of("legalStatuses.kind", "child.legalStatus", "legalStatuses.validFrom", "child.validFrom",
                    "legalStatuses.validTo", "child.validTo"));

    @Inject
    ChildRegistry registry;

    @Inject
    ChildFileView fileView;

    @Inject
    Clock clock;

    private final LegalStatusForm status = new LegalStatusForm();

    public boolean isMayRecord() {
        return fileView.isLoaded() && fileView.getFile().mayChange();
    }

    public void open() {
        status.reset(LocalDate.now(clock));
    }

    public void add() {
        DIALOG.save(fileView, "records.statusAdded", List.of(":tabs:statuses"),
                () -> registry.addLegalStatus(fileView.getFile().id(), status.input()));
    }

    /** The status typed (shared with the registration form). */
    public LegalStatusForm getStatus() {
        return status;
    }
}
