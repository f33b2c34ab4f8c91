package eu.guardian.child;

import eu.guardian.platform.validation.NotFound;
import eu.guardian.platform.web.FormMessages;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.primefaces.component.tabview.Tab;

/** A child's file, loaded once by the page's view action; a child the user may not see is "not found" (404). */
@Named
@ViewScoped
public class ChildFileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChildRegistry registry;

    private String id;
    private String tab;
    private ChildFile file;

    /**
     * View action: loads the file, or answers 404. The tabs of other capabilities read their own parts (e.g. the
     * guardianship history) in view actions after this one, or when their tab is drawn.
     */
    public void load() {
        Optional<Long> childId = FormMessages.id(id);
        if (childId.isEmpty()) {
            FormMessages.notFound();
            return;
        }
        try {
            file = registry.file(childId.get());
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

    public boolean isLoaded() {
        return file != null;
    }
}
