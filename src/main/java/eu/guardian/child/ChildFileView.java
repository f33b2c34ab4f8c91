package eu.guardian.child;

import eu.guardian.audit.PageView;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.platform.web.FormMessages;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.primefaces.component.tabview.Tab;
import org.primefaces.component.tabview.TabView;

/** A child's file, loaded once by the page's view action; a child the user may not see is "not found" (404). */
@Named
@ViewScoped
public class ChildFileView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How the audit trail names this page, and the tab it opens at unless a link asks for another. */
    private static final String PAGE = "file";
    private static final String FIRST_TAB = "identity";
    /** The tabs a link may ask for ({@code ?tab=visits} shows {@code visitsTab}). */
    private static final Set<String> TABS = Set.of(FIRST_TAB, "statuses", "ages", "placements", "guardianship",
            "carePlan", "team", "bestInterests", "visits", "protection", "documents");
    /** The page's tab views whose tabs are drawn when opened: the file's, and the protection tab's sub-tabs. */
    private static final List<String> TAB_VIEWS = List.of(":tabs", ":tabs:protectionTabs");

    @Inject
    ChildRegistry registry;

    @Inject
    PageView pageView;

    private String id;
    private String tab;
    private Integer activeIndex;
    private ChildFile file;

    /**
     * View action: loads the file, or answers 404. The tabs of other capabilities read their own parts (e.g. the
     * guardianship history) in view actions after this one, or when their tab is drawn. The request is one page
     * view of the file, showing the tab the link asks for: one READ entry however many parts read the child.
     */
    public void load() {
        Optional<Long> childId = FormMessages.id(id);
        if (childId.isEmpty()) {
            FormMessages.notFound();
            return;
        }
        pageView.open(childId.get(), PAGE, isTabName(tab) ? tab : FIRST_TAB);
        read(childId.get());
    }

    /**
     * Before each request of the page is drawn: when PrimeFaces asks for a tab's content (its first opening in this
     * view, docs/accessibility.md "Child file"), that is one more page view, and the file is read again, so that the
     * tab shows today's data and a user who may no longer see the child is told "not found".
     */
    public void beforeDrawing() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (file == null || !faces.isPostback()) {
            return;
        }
        for (String tabViewId : TAB_VIEWS) {
            if (faces.getViewRoot().findComponent(tabViewId) instanceof TabView tabView
                    && tabView.isContentLoadRequest(faces)) {
                Tab opened = tabView.findTab(faces.getExternalContext().getRequestParameterMap()
                        .get(tabView.getClientId(faces) + "_currentTab"));
                if (opened != null) {
                    pageView.open(file.id(), PAGE, shownName(opened));
                    read(file.id());
                }
                return;
            }
        }
    }

    /** "visits" for the visits tab, "protection/missing" for a sub-tab ("missingSection") of the protection tab. */
    private static String shownName(UIComponent tab) {
        StringBuilder name = new StringBuilder();
        for (UIComponent c = tab; c != null; c = c.getParent()) {
            if (c instanceof Tab) {
                name.insert(0, (name.length() > 0 ? "/" : "") + c.getId().replaceFirst("(Tab|Section)$", ""));
            }
        }
        return name.toString();
    }

    private void read(long childId) {
        try {
            file = registry.file(childId);
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
        if (activeIndex != null) {
            return activeIndex;
        }
        if (!isTabName(tab)) {
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

    /** The tab the browser shows now, kept for the rest of the view (a redrawn tab view stays on it). */
    public void setActiveTab(int index) {
        this.activeIndex = index;
    }

    private static boolean isTabName(String name) {
        return name != null && TABS.contains(name);
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
