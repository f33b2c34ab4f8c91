package eu.guardian.visit;

import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.web.FormAction;
import eu.guardian.platform.web.FormMessages;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
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

/**
 * Safeguarding concerns: open ones (urgent first) for caseworkers to acknowledge and close, escalated ones (urgent,
 * unacknowledged too long) for the authority, or all.
 */
@Named
@ViewScoped
public class ConcernsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Concerns concerns;

    @Inject
    CurrentUser currentUser;

    private Concerns.View view = Concerns.View.OPEN;
    private LazyDataModel<ConcernRecord> model;
    private Long outcomeFor;
    private String outcome;

    @PostConstruct
    void init() {
        if (currentUser.has(Role.AUTHORITY) && !currentUser.has(Role.CASEWORKER)) {
            view = Concerns.View.ESCALATED;
        }
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) concerns.list(view, 0, 1).total();
            }

            @Override
            public List<ConcernRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                    Map<String, FilterMeta> filterBy) {
                Page<ConcernRecord> page = concerns.list(view, first / Math.max(1, pageSize), pageSize);
                setRowCount((int) page.total());
                return page.items();
            }

            @Override
            public String getRowKey(ConcernRecord row) {
                return String.valueOf(row.id());
            }
        };
    }

    public void acknowledge(ConcernRecord concern) {
        run(() -> concerns.acknowledge(concern.id(), Optional.of(concern.version())), "concern.acknowledged");
    }

    public void startOutcome(ConcernRecord concern) {
        outcomeFor = concern.id();
        outcome = null;
    }

    public void recordOutcome(ConcernRecord concern) {
        run(() -> concerns.recordOutcome(concern.id(), Optional.of(concern.version()), outcome), "concern.closed");
        outcomeFor = null;
    }

    private void run(Runnable change, String doneKey) {
        try {
            FormAction.of("concerns", Map.of(), Map.of("outcome", "concern.outcome")).run(() -> {
                change.run();
                FormMessages.add(null, FacesMessage.SEVERITY_INFO, doneKey);
            });
        } catch (Conflict conflict) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, conflict.messageKey());
        }
    }

    public boolean isMayAcknowledge() {
        return currentUser.has(Role.CASEWORKER);
    }

    public boolean isMayClose() {
        return currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY);
    }

    public LazyDataModel<ConcernRecord> getConcerns() {
        return model;
    }

    public List<String> getViews() {
        return java.util.Arrays.stream(Concerns.View.values()).map(Enum::name).toList();
    }

    public String getView() {
        return view.name();
    }

    public void setView(String view) {
        this.view = Concerns.View.valueOf(view);
    }

    public Long getOutcomeFor() {
        return outcomeFor;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
