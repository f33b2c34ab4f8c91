package eu.guardian.child;

import eu.guardian.platform.persistence.Page;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * "My cases": the open cases the signed-in caseworker is responsible for (docs/domain-rules.md#responsible-caseworker),
 * a lazy table paged by the database, each page viewed one audit entry ({@link Caseload#myCases}).
 */
@Named
@ViewScoped
public class MyCasesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Caseload caseload;

    private LazyDataModel<ChildSummary> cases;

    @PostConstruct
    void init() {
        cases = new Cases();
    }

    public LazyDataModel<ChildSummary> getCases() {
        return cases;
    }

    private final class Cases extends LazyDataModel<ChildSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) caseload.countMyCases();
        }

        @Override
        public List<ChildSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<ChildSummary> page = caseload.myCases(first / Math.max(1, pageSize), pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ChildSummary row) {
            return String.valueOf(row.id());
        }
    }
}
