package eu.guardian.visit;

import eu.guardian.platform.persistence.Page;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The interpreter log for the authority and inspectors: every interpreted contact, newest first, paged. */
@Named
@ViewScoped
public class InterpreterLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Visits visits;

    private LazyDataModel<InterpreterLogEntry> model;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) visits.countInterpreterLog(Optional.empty());
            }

            @Override
            public List<InterpreterLogEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                    Map<String, FilterMeta> filterBy) {
                Page<InterpreterLogEntry> page = visits.interpreterLog(Optional.empty(),
                        first / Math.max(1, pageSize), pageSize);
                setRowCount((int) page.total());
                return page.items();
            }

            @Override
            public String getRowKey(InterpreterLogEntry entry) {
                return String.valueOf(entry.id());
            }
        };
    }

    public LazyDataModel<InterpreterLogEntry> getEntries() {
        return model;
    }
}
