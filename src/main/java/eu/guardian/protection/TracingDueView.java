package eu.guardian.protection;

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

/** Children whose family tracing is due: a lazy table paged by the database. */
@Named
@ViewScoped
public class TracingDueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TracingDeadlines deadlines;

    private LazyDataModel<TracingDue> due;

    @PostConstruct
    void init() {
        due = new Due();
    }

    public LazyDataModel<TracingDue> getDue() {
        return due;
    }

    private final class Due extends LazyDataModel<TracingDue> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) deadlines.countDue();
        }

        @Override
        public List<TracingDue> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<TracingDue> page = deadlines.due(false, first / Math.max(1, pageSize), pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(TracingDue row) {
            return String.valueOf(row.childId());
        }
    }
}
