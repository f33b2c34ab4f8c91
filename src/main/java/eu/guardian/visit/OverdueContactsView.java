package eu.guardian.visit;

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

/** The authority's list of overdue personal contacts across all guardians, paged by the database. */
@Named
@ViewScoped
public class OverdueContactsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactOversight oversight;

    private LazyDataModel<OverdueContact> model;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) oversight.overdue(0, 1).total();
            }

            @Override
            public List<OverdueContact> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                    Map<String, FilterMeta> filterBy) {
                Page<OverdueContact> page = oversight.overdue(first / Math.max(1, pageSize), pageSize);
                setRowCount((int) page.total());
                return page.items();
            }

            @Override
            public String getRowKey(OverdueContact row) {
                return String.valueOf(row.guardianshipId());
            }
        };
    }

    public LazyDataModel<OverdueContact> getOverdue() {
        return model;
    }
}
