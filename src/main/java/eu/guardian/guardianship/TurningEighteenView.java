package eu.guardian.guardianship;

import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
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

/** Children turning 18 within the transition period, soonest first, paged by the database. */
@Named
@ViewScoped
public class TurningEighteenView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComingOfAge comingOfAge;

    @Inject
    Settings settings;

    private LazyDataModel<ComingOfAge.TurningEighteen> children;
    private int transitionMonths;

    @PostConstruct
    void init() {
        children = new Children();
        transitionMonths = settings.value(SettingKey.TRANSITION_MONTHS);
    }

    public LazyDataModel<ComingOfAge.TurningEighteen> getChildren() {
        return children;
    }

    /** The transition period (setting), to explain the list. */
    public int getTransitionMonths() {
        return transitionMonths;
    }

    private final class Children extends LazyDataModel<ComingOfAge.TurningEighteen> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) comingOfAge.turningEighteenSoon(0, 1).total();
        }

        @Override
        public List<ComingOfAge.TurningEighteen> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<ComingOfAge.TurningEighteen> page = comingOfAge.turningEighteenSoon(first / Math.max(1, pageSize),
                    pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ComingOfAge.TurningEighteen child) {
            return String.valueOf(child.childId());
        }
    }
}
