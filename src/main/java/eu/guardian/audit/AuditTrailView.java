package eu.guardian.audit;

import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.web.FormMessages;
import eu.guardian.platform.web.HumanText;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import eu.guardian.platform.i18n.LocalTimes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The auditor's console: the trail filtered by user, child, action and period, paged by the database. */
@Named
@ViewScoped
public class AuditTrailView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The auditor's days and times: the filter's days begin at midnight in their zone (docs/languages.md). */
    @Inject
    LocalTimes localTimes;

    @Inject
    AuditConsole console;

    @Inject
    AuditPdfExports pdfExports;

    private String username;
    private Long childId;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;
    private LazyDataModel<AuditEntry> entries;
    private AuditEntry selected;
    private String pdfExportId;
    private AuditConsole.CheckpointStatus checkpoint;
    private AuditConsole.Verification verification;

    @PostConstruct
    void init() {
        entries = new Entries();
        checkpoint = console.checkpointStatus();
    }

    /** The oversight body's last checkpoint and its age (docs/audit-integrity.md). */
    public AuditConsole.CheckpointStatus getCheckpoint() {
        return checkpoint;
    }

    /** Verifies the whole chain now (MACs, links, time order, checkpoints). */
    public void verifyChain() {
        verification = console.verify();
        checkpoint = verification.checkpoint();
    }

    public AuditConsole.Verification getVerification() {
        return verification;
    }

    /** An entry's time as people read it (to the minute; the entry's exact time stays in its detail). */
    public String time(java.time.Instant instant) {
        return HumanText.time(instant, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** What an entry is about, in words rather than a class name. */
    public String objectType(String type) {
        return HumanText.objectType(type, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    /** Starts the PDF export of what the filter shows; the page then follows its progress. */
    public void startPdfExport() {
        try {
            pdfExportId = pdfExports.start(filter(), FacesContext.getCurrentInstance().getViewRoot().getLocale()).id();
        } catch (InvalidInput e) {
            FormMessages.show(e, "trail", Map.of(), Map.of("filter", "audit.filterLabel"), "trail:filterMessages");
        }
    }

    /** {@code ?export=waiting} (the landing page's count): shows the auditor's newest export still waiting. */
    public void setExport(String export) {
        if ("waiting".equals(export)) {
            pdfExportId = pdfExports.waiting().stream().findFirst().orElse(null);
        }
    }

    public String getExport() {
        return pdfExportId == null ? null : "waiting";
    }

    public Optional<AuditPdfExports.Progress> getPdfExport() {
        return Optional.ofNullable(pdfExportId).flatMap(pdfExports::progress);
    }

    /** Opens an entry's detail: all its fields and the changes it records, field by field. */
    public void select(long entryId) {
        selected = console.entry(entryId).orElse(null);
    }

    public AuditEntry getSelected() {
        return selected;
    }

    public List<FieldChange> getSelectedChanges() {
        return selected == null ? List.of() : FieldChange.of(selected.getDetails());
    }

    public List<AuditAction> getActions() {
        return List.of(AuditAction.values());
    }

    /** The export of what the filter shows, as a link for the browser (the page's session authenticates it). */
    public String getExportQuery() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("username", username);
        parameters.put("childId", childId);
        parameters.put("action", action);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("zone", localTimes.getZoneId());
        return parameters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    AuditConsole.Filter filter() {
        return new AuditConsole.Filter(Optional.ofNullable(username).map(String::strip).filter(u -> !u.isEmpty()),
                Optional.ofNullable(childId), Optional.ofNullable(action),
                Optional.ofNullable(from).map(localTimes::startOf),
                Optional.ofNullable(to).map(day -> localTimes.startOf(day.plusDays(1))));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Long getChildId() {
        return childId;
    }

    public void setChildId(Long childId) {
        this.childId = childId;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    private final class Entries extends LazyDataModel<AuditEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, console.count(filter()));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<AuditEntry> page = console.entries(filter(), first / Math.max(1, pageSize), pageSize);
            return page.items();
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }
    }
}
