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

/** Children awaiting a guardian, nearest deadline first, paged by the database. */
@Named
@ViewScoped
public class QueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Appointments appointments;

    private LazyDataModel<QueueEntry> queue;

    @PostConstruct
    void init() {
        queue = new Queue();
    }

    public LazyDataModel<QueueEntry> getQueue() {
        return queue;
    }

    private final class Queue extends LazyDataModel<QueueEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) appointments.countAwaitingGuardian();
        }

        @Override
        public List<QueueEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<QueueEntry> page = appointments.queue(first / Math.max(1, pageSize), pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(QueueEntry entry) {
            return String.valueOf(entry.childId());
        }
    }
}
