package eu.guardian.protection;

import eu.guardian.platform.persistence.Page;
import eu.guardian.protection.ProtectionRecords.OpenMissing;
import eu.guardian.protection.ProtectionRecords.OverdueReferral;
import eu.guardian.protection.ProtectionRecords.Unscreened;
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

/** The protection lists' pages: not yet screened, missing now, overdue referrals; each paged by the database. */
@Named
@ViewScoped
public class ProtectionListsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Screenings screenings;

    @Inject
    MissingChildren missing;

    @Inject
    Referrals referrals;

    private LazyDataModel<Unscreened> notScreened;
    private LazyDataModel<OpenMissing> openMissing;
    private LazyDataModel<OverdueReferral> overdue;

    @PostConstruct
    void init() {
        notScreened = new Paged<>() {
            private static final long serialVersionUID = 1L;

            @Override
            Page<Unscreened> page(int page, int size) {
                return screenings.notYetScreened(page, size);
            }

            @Override
            long total() {
                return screenings.notYetScreenedCount();
            }

            @Override
            String keyOf(Unscreened row) {
                return String.valueOf(row.childId());
            }
        };
        openMissing = new Paged<>() {
            private static final long serialVersionUID = 1L;

            @Override
            Page<OpenMissing> page(int page, int size) {
                return missing.openMissing(page, size);
            }

            @Override
            long total() {
                return missing.openMissingCount();
            }

            @Override
            String keyOf(OpenMissing row) {
                return String.valueOf(row.episodeId());
            }
        };
        overdue = new Paged<>() {
            private static final long serialVersionUID = 1L;

            @Override
            Page<OverdueReferral> page(int page, int size) {
                return referrals.overdue(page, size);
            }

            @Override
            long total() {
                return referrals.overdueCount();
            }

            @Override
            String keyOf(OverdueReferral row) {
                return String.valueOf(row.referralId());
            }
        };
    }

    public LazyDataModel<Unscreened> getNotScreened() {
        return notScreened;
    }

    public LazyDataModel<OpenMissing> getOpenMissing() {
        return openMissing;
    }

    public LazyDataModel<OverdueReferral> getOverdue() {
        return overdue;
    }

    /** A page of a list, loaded when the table shows it (the total comes with the page). */
    abstract static class Paged<T> extends LazyDataModel<T> {

        private static final long serialVersionUID = 1L;

        abstract Page<T> page(int page, int size);

        abstract String keyOf(T row);

        /**
         * The count; lists whose page read is audited give it alone, so that one page viewed is one audit entry
         * (docs/domain-rules.md#the-laws-clocks).
         */
        long total() {
            return page(0, 1).total();
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) total();
        }

        @Override
        public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<T> page = page(first / Math.max(1, pageSize), pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(T row) {
            return keyOf(row);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T getRowData(String rowKey) {
            return getWrappedData() == null ? null : ((List<T>) getWrappedData()).stream()
                    .filter(row -> keyOf(row).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
