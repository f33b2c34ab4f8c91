package eu.guardian.guardian;

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

/** The guardian registry, narrowed by name prefix and region, paged by the database. */
@Named
@ViewScoped
public class GuardianListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GuardianRegistry registry;

    private String name;
    private String region;
    private LazyDataModel<GuardianSummary> guardians;

    @PostConstruct
    void init() {
        guardians = new Guardians();
    }

    public LazyDataModel<GuardianSummary> getGuardians() {
        return guardians;
    }

    public void clear() {
        name = null;
        region = null;
    }

    private final class Guardians extends LazyDataModel<GuardianSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) registry.count(Optional.ofNullable(name), Optional.ofNullable(region));
        }

        @Override
        public List<GuardianSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<GuardianSummary> page = registry.list(Optional.ofNullable(name), Optional.ofNullable(region),
                    first / Math.max(1, pageSize), pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(GuardianSummary guardian) {
            return String.valueOf(guardian.id());
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
