package eu.guardian.guardianship;

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

/** Appointments the child was not told of in time: a lazy table paged by the database. */
@Named
@ViewScoped
public class ChildInformedView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChildInformedDeadlines deadlines;

    private LazyDataModel<ChildInformed> overdue;

    @PostConstruct
    void init() {
        overdue = new Overdue();
    }

    public LazyDataModel<ChildInformed> getOverdue() {
        return overdue;
    }

    private final class Overdue extends LazyDataModel<ChildInformed> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) deadlines.count();
        }

        @Override
        public List<ChildInformed> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<ChildInformed> page = deadlines.overdue(first / Math.max(1, pageSize), pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ChildInformed row) {
            return String.valueOf(row.guardianshipId());
        }
    }
}
