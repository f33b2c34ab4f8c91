package eu.guardian.complaint;

import eu.guardian.complaint.ComplaintRecords.ComplaintFilter;
import eu.guardian.complaint.ComplaintRecords.ComplaintSummary;
import eu.guardian.platform.persistence.Page;
import eu.guardian.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The authority's complaint list: filters above a lazy table that the database filters and pages. */
@Named
@ViewScoped
public class ComplaintListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Complaints complaints;

    @Inject
    CurrentUser currentUser;

    private String reference;
    private String status;
    private String subject;
    private boolean openOnly = true;
    private boolean unassignedOnly;
    private boolean mineOnly;
    private boolean overdueOnly;
    private LazyDataModel<ComplaintSummary> rows;

    @PostConstruct
    void init() {
        rows = new Rows();
    }

    public LazyDataModel<ComplaintSummary> getRows() {
        return rows;
    }

    public void clear() {
        reference = null;
        status = null;
        subject = null;
        openOnly = true;
        unassignedOnly = false;
        mineOnly = false;
        overdueOnly = false;
    }

    ComplaintFilter filter() {
        return new ComplaintFilter(text(status).map(ComplaintStatus::valueOf), openOnly,
                text(subject).map(ComplaintSubject::valueOf),
                mineOnly ? currentUser.username() : Optional.empty(), unassignedOnly, overdueOnly, text(reference),
                Optional.empty());
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    public List<String> getStatuses() {
        return Arrays.stream(ComplaintStatus.values()).map(Enum::name).toList();
    }

    public List<String> getSubjects() {
        return Arrays.stream(ComplaintSubject.values()).map(Enum::name).toList();
    }

    private final class Rows extends LazyDataModel<ComplaintSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) complaints.list(filter(), 0, 1).total();
        }

        @Override
        public List<ComplaintSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<ComplaintSummary> page = complaints.list(filter(), first / Math.max(1, pageSize), pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ComplaintSummary row) {
            return String.valueOf(row.id());
        }
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public boolean isUnassignedOnly() {
        return unassignedOnly;
    }

    public void setUnassignedOnly(boolean unassignedOnly) {
        this.unassignedOnly = unassignedOnly;
    }

    public boolean isMineOnly() {
        return mineOnly;
    }

    public void setMineOnly(boolean mineOnly) {
        this.mineOnly = mineOnly;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }
}
