package eu.guardian.assessment;

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

/** "Assessments due": open best-interests reviews, earliest first, paged by the database; overdue ones flagged. */
@Named
@ViewScoped
public class DueReviewsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewSchedule schedule;

    private boolean overdueOnly;
    private LazyDataModel<DueReview> reviews;

    @PostConstruct
    void init() {
        reviews = new Reviews();
    }

    public LazyDataModel<DueReview> getReviews() {
        return reviews;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    private final class Reviews extends LazyDataModel<DueReview> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) schedule.due(overdueOnly, 0, 1).total();
        }

        @Override
        public List<DueReview> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<DueReview> page = schedule.due(overdueOnly, first / Math.max(1, pageSize), pageSize);
            setRowCount((int) page.total());
            return page.items();
        }
    }
}
