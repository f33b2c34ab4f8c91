package eu.guardian.child;

import eu.guardian.platform.persistence.Page;
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
import org.primefaces.model.SortOrder;

/** The children list: the filters of the form above the table, and a lazy table the database sorts and pages. */
@Named
@ViewScoped
public class ChildListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChildRegistry registry;

    private String name;
    private String caseNumber;
    private String nationalityCode;
    private String status;
    private String awaitingGuardian;
    private LazyDataModel<ChildSummary> children;

    @PostConstruct
    void init() {
        children = new Children();
    }

    public LazyDataModel<ChildSummary> getChildren() {
        return children;
    }

    /** Applying the filters happens by the table reloading; this only empties them. */
    public void clear() {
        name = null;
        caseNumber = null;
        nationalityCode = null;
        status = null;
        awaitingGuardian = null;
    }

    ChildFilter filter() {
        return new ChildFilter(text(name), text(caseNumber), text(nationalityCode),
                text(status).map(CaseStatus::valueOf), Optional.empty(), text(awaitingGuardian).map(Boolean::valueOf));
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    public List<String> getStatuses() {
        return Arrays.stream(CaseStatus.values()).map(Enum::name).toList();
    }

    private final class Children extends LazyDataModel<ChildSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) registry.count(filter());
        }

        @Override
        public List<ChildSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            String sort = sortBy.values().stream().filter(meta -> meta.getOrder() != SortOrder.UNSORTED).findFirst()
                    .map(meta -> (meta.getOrder() == SortOrder.DESCENDING ? "-" : "") + meta.getField())
                    .orElse("caseNumber");
            Page<ChildSummary> page = registry.list(filter(), first / Math.max(1, pageSize), pageSize, sort);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ChildSummary child) {
            return String.valueOf(child.id());
        }

        @Override
        public ChildSummary getRowData(String rowKey) {
            return getWrappedData() == null ? null : ((List<ChildSummary>) getWrappedData()).stream()
                    .filter(child -> String.valueOf(child.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String getNationalityCode() {
        return nationalityCode;
    }

    public void setNationalityCode(String nationalityCode) {
        this.nationalityCode = nationalityCode;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getAwaitingGuardian() {
        return awaitingGuardian;
    }

    public void setAwaitingGuardian(String awaitingGuardian) {
        this.awaitingGuardian = awaitingGuardian;
    }
}
