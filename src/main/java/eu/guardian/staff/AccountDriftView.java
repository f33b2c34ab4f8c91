package eu.guardian.staff;

import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.validation.Unavailable;
import eu.guardian.platform.web.FormMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
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

/** The last reconciliation's drifts between Keycloak and Guardian's records, and a button to reconcile now. */
@Named
@ViewScoped
public class AccountDriftView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountReconciliation reconciliation;

    private LazyDataModel<AccountDrift> table;

    @PostConstruct
    void init() {
        table = new Drifts();
    }

    public void reconcileNow() {
        try {
            int found = reconciliation.reconcile();
            FormMessages.add(null, FacesMessage.SEVERITY_INFO, "drift.done", found);
        } catch (Unavailable unavailable) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, unavailable.messageKey());
        }
    }

    public LazyDataModel<AccountDrift> getTable() {
        return table;
    }

    private final class Drifts extends LazyDataModel<AccountDrift> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) reconciliation.lastFindings(Optional.empty(), 0, 1).total();
        }

        @Override
        public List<AccountDrift> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<AccountDrift> page = reconciliation.lastFindings(Optional.empty(), first / Math.max(1, pageSize), pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(AccountDrift drift) {
            return drift.kind() + ":" + drift.keycloakId();
        }
    }
}
