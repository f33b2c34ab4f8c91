package eu.guardian.protection;

import eu.guardian.platform.persistence.Page;
import eu.guardian.protection.ProtectionRecords.ApprovalRecord;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/**
 * The authority's list of disclosures to "other" recipients waiting for its approval (docs/firewall.md), oldest
 * first, each approved or refused with a note (a refusal needs one).
 */
@Named
@ViewScoped
public class DisclosureApprovalsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "approvals";
    private static final Map<String, String> INPUTS = Map.of("note", "note");
    private static final Map<String, String> LABELS = Map.of("note", "protection.approval.note", "approved",
            "protection.approval.decision");

    @Inject
    DisclosureApprovals approvals;

    private LazyDataModel<ApprovalRecord> pending;
    private String note;

    @PostConstruct
    void init() {
        pending = new ProtectionListsView.Paged<>() {
            private static final long serialVersionUID = 1L;

            @Override
            Page<ApprovalRecord> page(int page, int size) {
                return approvals.list(ApprovalStatus.PENDING.name(), page, size);
            }

            @Override
            String keyOf(ApprovalRecord row) {
                return String.valueOf(row.id());
            }
        };
    }

    public LazyDataModel<ApprovalRecord> getPending() {
        return pending;
    }

    public void decide(long approvalId, long version, boolean approved) {
        boolean done = ProtectionForm.run(FORM, INPUTS, LABELS, approved ? "protection.approval.approvedDone"
                : "protection.approval.refusedDone", () -> approvals.decide(approvalId,
                        new ProtectionInputs.ApprovalDecision(version, approved, note)), () -> { });
        if (done) {
            note = null;
        }
    }

    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
}
