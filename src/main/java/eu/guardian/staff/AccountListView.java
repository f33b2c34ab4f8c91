package eu.guardian.staff;

import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.NotFound;
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
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The administrator's list of logins, searched and paged through Keycloak, with each login's actions. */
@Named
@ViewScoped
public class AccountListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    private String search;
    private AccountFilter status = AccountFilter.ALL;
    private LazyDataModel<AccountRecord> table;

    @PostConstruct
    void init() {
        table = new Logins();
    }

    public void disable(String id, String username) {
        act(id, accounts::disable, "account.disabled", username);
    }

    public void enable(String id, String username) {
        act(id, accounts::enable, "account.enabled", username);
    }

    public void resendInvitation(String id, String username) {
        act(id, accounts::resendInvitation, "account.invitationSent", username);
    }

    private void act(String id, Function<String, AccountRecord> action, String doneKey, String username) {
        try {
            action.apply(id);
            FormMessages.add(null, FacesMessage.SEVERITY_INFO, doneKey, username);
        } catch (Unavailable unavailable) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, unavailable.messageKey());
        } catch (Conflict conflict) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, conflict.messageKey());
        } catch (NotFound notFound) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, "account.noRecord", username);
        }
    }

    public LazyDataModel<AccountRecord> getTable() {
        return table;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    /** Which logins are listed (the landing page's counts link here with one chosen). */
    public AccountFilter getStatus() {
        return status;
    }

    public void setStatus(AccountFilter status) {
        this.status = status == null ? AccountFilter.ALL : status;
    }

    public AccountFilter[] getStatuses() {
        return AccountFilter.values();
    }

    private final class Logins extends LazyDataModel<AccountRecord> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) page(0, 1).total();
        }

        @Override
        public List<AccountRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<AccountRecord> page = page(first / Math.max(1, pageSize), pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        private Page<AccountRecord> page(int number, int size) {
            try {
                return accounts.list(Optional.ofNullable(search), status, number, size);
            } catch (Unavailable unavailable) {
                FormMessages.add(null, FacesMessage.SEVERITY_ERROR, unavailable.messageKey());
                return new Page<>(List.of(), 0, number, size);
            }
        }

        @Override
        public String getRowKey(AccountRecord account) {
            return account.id();
        }
    }
}
