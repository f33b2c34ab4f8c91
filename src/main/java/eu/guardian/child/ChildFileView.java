package eu.guardian.child;

import eu.guardian.guardianship.Appointments;
import eu.guardian.guardianship.GuardianshipRecord;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.platform.web.FormMessages;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.primefaces.component.tabview.Tab;

/** A child's file, loaded once by the page's view action; a child the user may not see is "not found" (404). */
@Named
@ViewScoped
public class ChildFileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChildRegistry registry;

    @Inject
    Appointments appointments;

    @Inject
    CurrentUser currentUser;

    private String id;
    private String tab;
    private ChildFile file;
    private List<GuardianshipRecord> history = List.of();

    /** View action: loads the file and its guardianship history, or answers 404. */
    public void load() {
        Optional<Long> childId = FormMessages.id(id);
        if (childId.isEmpty()) {
            FormMessages.notFound();
            return;
        }
        try {
            file = registry.file(childId.get());
            history = appointments.history(childId.get());
        } catch (NotFound notFound) {
            file = null;
            FormMessages.notFound();
        }
    }

    /** The tab a link asks for ({@code ?tab=guardianship}, {@code ?tab=visits}...), e.g. after an appointment. */
    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    /**
     * The position of the tab a link asks for among the tabs this user is shown (PrimeFaces counts only rendered
     * tabs, and some are not shown to every role): found by the tab's id in the page, e.g. {@code visits} →
     * {@code visitsTab}; the first tab for an unknown name.
     */
    public int getActiveTab() {
        if (tab == null || !tab.matches("[A-Za-z]{1,40}")) {
            return 0;
        }
        UIComponent tabView = FacesContext.getCurrentInstance().getViewRoot().findComponent(":tabs");
        if (tabView == null) {
            return 0;
        }
        int position = 0;
        for (UIComponent child : tabView.getChildren()) {
            if (child instanceof Tab && child.isRendered()) {
                if (child.getId().equals(tab + "Tab")) {
                    return position;
                }
                position++;
            }
        }
        return 0;
    }

    public void setActiveTab(int index) {
        // the page's tab is the browser's business after loading
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ChildFile getFile() {
        return file;
    }

    public List<GuardianshipRecord> getHistory() {
        return history;
    }

    public boolean isLoaded() {
        return file != null;
    }

    /** The current (full) guardian or interim representative, if any. */
    public GuardianshipRecord getCurrentGuardianship() {
        return history.stream().filter(GuardianshipRecord::active)
                .max(java.util.Comparator.comparing(g -> g.kind().ordinal())).orElse(null);
    }

    /** The rules an appointment overrode (stored as names, comma-separated), in the reader's language. */
    public String rulesOf(String names) {
        if (names == null || names.isBlank()) {
            return "";
        }
        java.util.Locale reader = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return java.util.Arrays.stream(names.split(","))
                .map(name -> eu.guardian.platform.i18n.Messages.text(reader, "ineligibility." + name.strip(), List.of()))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /** Whether the page offers the authority to appoint a guardian for this child. */
    public boolean isMayAppoint() {
        return file != null && currentUser.has(Role.AUTHORITY) && file.awaitingGuardian()
                && file.status() == CaseStatus.OPEN;
    }
}
