package eu.guardian.oversight.breach;

import eu.guardian.platform.i18n.LocalTimes;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.web.FormAction;
import eu.guardian.platform.web.FormMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The breach register's page: record a breach (the authority), the register paged by the database. */
@Named
@ViewScoped
public class DataBreachesView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "breachForm";
    private static final Map<String, String> INPUTS = Map.of("foundAt", "foundAt", "description", "description",
            "childrenAffected", "childrenAffected", "measures", "measures");
    private static final Map<String, String> LABELS = Map.of("foundAt", "dataBreach.foundAt", "description",
            "dataBreach.description", "childrenAffected", "dataBreach.childrenAffected", "measures",
            "dataBreach.measures");

    @Inject
    DataBreaches breaches;

    @Inject
    LocalTimes localTimes;

    private final LazyDataModel<DataBreachRecord> register = new Register();
    private LocalDateTime foundAt;
    private String description;
    private Integer childrenAffected;
    private String measures;

    public LazyDataModel<DataBreachRecord> getRegister() {
        return register;
    }

    public void record() {
        String found = foundAt == null ? null : localTimes.instant(foundAt).toString();
        boolean saved = FormAction.of(FORM, INPUTS, LABELS).run(() -> {
            breaches.record(found, description, childrenAffected, measures);
            FormMessages.add(null, FacesMessage.SEVERITY_INFO, "dataBreach.recorded");
        });
        if (saved) {
            foundAt = null;
            description = null;
            childrenAffected = null;
            measures = null;
        }
    }

    public LocalDateTime getFoundAt() {
        return foundAt;
    }

    public void setFoundAt(LocalDateTime foundAt) {
        this.foundAt = foundAt;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getChildrenAffected() {
        return childrenAffected;
    }

    public void setChildrenAffected(Integer childrenAffected) {
        this.childrenAffected = childrenAffected;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }

    private final class Register extends LazyDataModel<DataBreachRecord> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) breaches.count();
        }

        @Override
        public List<DataBreachRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<DataBreachRecord> page = breaches.list(first / Math.max(1, pageSize), pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(DataBreachRecord row) {
            return String.valueOf(row.id());
        }
    }
}
