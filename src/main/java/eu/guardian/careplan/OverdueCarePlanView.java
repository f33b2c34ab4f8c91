package eu.guardian.careplan;

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

/** Overdue care-plan items across open cases (authority, auditors, caseworkers): a lazy table paged by the database. */
@Named
@ViewScoped
public class OverdueCarePlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CarePlan carePlan;

    private LazyDataModel<OverdueItem> items;

    @PostConstruct
    void init() {
        items = new Items();
    }

    public LazyDataModel<OverdueItem> getItems() {
        return items;
    }

    private final class Items extends LazyDataModel<OverdueItem> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) carePlan.countOverdue();
        }

        @Override
        public List<OverdueItem> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<OverdueItem> page = carePlan.overdue(first / Math.max(1, pageSize), pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(OverdueItem item) {
            return String.valueOf(item.id());
        }
    }
}
