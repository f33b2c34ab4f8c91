package eu.guardian.protection;

import eu.guardian.child.CaseStatus;
import eu.guardian.child.ChildFileView;
import eu.guardian.document.DocumentRecord;
import eu.guardian.document.DocumentSharing;
import eu.guardian.platform.web.FormMessages;
import eu.guardian.protection.ProtectionRecords.HandoverRecord;
import eu.guardian.protection.ProtectionRecords.MarkRecord;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The "handover" sub-tab of a child's protection tab: parts of the file marked "not for sharing", and cross-border
 * handovers to a recipient from the counterpart registry (or an "other" one, which waits for the authority), their
 * packages and the receiving side's confirmation.
 */
@Named
@ViewScoped
public class HandoversTabView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "tabs:protectionTabs:handoverForm";

    private static final Map<String, String> INPUTS = Map.of("recipient", "recipientName", "counterpartId",
            "recipient", "recipientCountry", "recipientCountry", "purpose", "purpose", "purposeNote", "purposeNote",
            "legalBasis", "handoverLegalBasis", "attachmentIds", "handoverAttachments");
    private static final Map<String, String> LABELS = Map.of("recipient", "protection.recipient.other",
            "counterpartId", "protection.handover.recipient", "recipientCountry",
            "protection.handover.recipientCountry", "purpose", "protection.handover.purpose", "purposeNote",
            "protection.handover.purposeNote", "legalBasis", "protection.consent.legalBasis", "consent",
            "protection.consent.title", "attachmentIds", "document.handover.choose");

    @Inject
    ChildFileView fileView;

    @Inject
    CurrentUser currentUser;

    @Inject
    Handovers handovers;

    @Inject
    DocumentSharing documentSharing;

    private List<HandoverRecord> handoverList = List.of();
    private List<MarkRecord> marks = List.of();
    private List<String> withheldParts = new ArrayList<>();
    private final RecipientChoice recipient = new RecipientChoice();
    private final ConsentFields consent = new ConsentFields();
    private String purpose;
    private String purposeNote;
    private List<DocumentRecord> sharableDocuments = List.of();
    private List<String> attachmentIds = new ArrayList<>();

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        if (!fileView.isLoaded()) {
            return;
        }
        long childId = ProtectionForm.childId(fileView);
        if (isMayMark() || isMaySeeHandovers()) {
            marks = handovers.marks(childId);
            withheldParts = new ArrayList<>(marks.stream().map(m -> m.part().name()).toList());
        }
        if (isMaySeeHandovers()) {
            handoverList = handovers.handovers(childId);
        }
        if (isMayHandover()) {
            sharableDocuments = documentSharing.sharable(childId, Handovers.withheldDocuments(marks.stream()
                    .map(MarkRecord::part).collect(java.util.stream.Collectors.toSet())));
        }
    }

    public List<HandoverRecord> getHandovers() {
        return handoverList;
    }

    public List<String> getSharableParts() {
        return Arrays.stream(SharablePart.values()).map(Enum::name).toList();
    }

    public List<String> getPurposes() {
        return Arrays.stream(DisclosurePurpose.values()).filter(p -> p != DisclosurePurpose.IMMIGRATION_ENFORCEMENT)
                .map(Enum::name).toList();
    }

    private boolean open() {
        return fileView.isLoaded() && fileView.getFile().status() == CaseStatus.OPEN;
    }

    public boolean isMaySeeHandovers() {
        return currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY) || currentUser.has(Role.AUDITOR);
    }

    public boolean isMayMark() {
        return open() && (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.GUARDIAN));
    }

    public boolean isMayHandover() {
        return open() && currentUser.has(Role.CASEWORKER);
    }

    public boolean isMayConfirmHandover() {
        return open() && (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY));
    }

    public void saveMarks() {
        ProtectionForm.run(FORM, INPUTS, LABELS, "protection.marks.saved", () -> {
            long childId = ProtectionForm.childId(fileView);
            List<String> before = marks.stream().map(m -> m.part().name()).toList();
            withheldParts.stream().filter(part -> !before.contains(part))
                    .forEach(part -> handovers.mark(childId, new ProtectionInputs.MarkInput(part, null)));
            before.stream().filter(part -> !withheldParts.contains(part))
                    .forEach(part -> handovers.unmark(childId, part));
        }, this::load);
    }

    public void prepareHandover() {
        ProtectionForm.run(FORM, INPUTS, LABELS, "protection.handover.prepared", () -> {
            HandoverRecord made = handovers.prepare(ProtectionForm.childId(fileView),
                    new ProtectionInputs.HandoverInput(recipient.getOtherName(), recipient.getOtherCountry(),
                            purpose, purposeNote, consent.isChild(), consent.isGuardian(), consent.getLegalBasis(),
                            recipient.counterpartId(), attachmentIds.stream().filter(v -> v.matches("\\d{1,18}"))
                                    .map(Long::valueOf).toList()));
            if (made.status() == HandoverStatus.AWAITING_APPROVAL) {
                FormMessages.add(null, FacesMessage.SEVERITY_WARN, "protection.approval.awaiting");
            }
            recipient.reset();
            purposeNote = null;
            attachmentIds = new ArrayList<>();
        }, this::load);
    }

    public void confirmHandover(long handoverId) {
        ProtectionForm.run(FORM, INPUTS, LABELS, "protection.handover.confirmedDone", () -> handovers.confirm(
                ProtectionForm.childId(fileView), handoverId, new ProtectionInputs.Confirmation(null)), this::load);
        fileView.load();
    }

    public StreamedContent packageJson(long handoverId) {
        byte[] json = handovers.packageJson(ProtectionForm.childId(fileView), handoverId)
                .getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("handover-" + handoverId + ".json")
                .contentType("application/json").stream(() -> new ByteArrayInputStream(json)).build();
    }

    public StreamedContent packagePdf(long handoverId) {
        byte[] pdf = handovers.packagePdf(ProtectionForm.childId(fileView), handoverId);
        return DefaultStreamedContent.builder().name("handover-" + handoverId + ".pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public RecipientChoice getRecipient() { return recipient; }
    public ConsentFields getConsent() { return consent; }
    public List<String> getWithheldParts() { return withheldParts; }
    public void setWithheldParts(List<String> v) { withheldParts = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { purpose = v; }
    public String getPurposeNote() { return purposeNote; }
    public List<DocumentRecord> getSharableDocuments() { return sharableDocuments; }
    public List<String> getAttachmentIds() { return attachmentIds; }
    public void setAttachmentIds(List<String> v) { attachmentIds = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public void setPurposeNote(String v) { purposeNote = v; }
}
