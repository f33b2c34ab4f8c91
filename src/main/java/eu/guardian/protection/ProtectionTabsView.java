package eu.guardian.protection;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.component.tabview.Tab;

/**
 * The sub-tabs of a child's protection tab: screening first (the most frequent work), then missing, referrals,
 * tracing, handover. While the child is missing, or when a link asks for it ({@code &section=missing}), the tab opens
 * at that sub-tab instead.
 */
@Named
@ViewScoped
public class ProtectionTabsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MissingTabView missing;

    private Integer activeIndex;

    /** The position of the sub-tab to show among those this user is shown (PrimeFaces counts rendered tabs only). */
    public int getActiveIndex() {
        if (activeIndex != null) {
            return activeIndex;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        String section = faces.getExternalContext().getRequestParameterMap().get("section");
        if ((section == null || !section.matches("[a-z]{1,20}")) && missing.getOpenEpisode() != null) {
            section = "missing";
        }
        UIComponent tabView = faces.getViewRoot().findComponent(":tabs:protectionTabs");
        int position = 0;
        if (section != null && tabView != null) {
            for (UIComponent child : tabView.getChildren()) {
                if (child instanceof Tab && child.isRendered()) {
                    if (child.getId().equals(section + "Section")) {
                        return position;
                    }
                    position++;
                }
            }
        }
        return 0;
    }

    /** The browser's choice, kept for the rest of the view. */
    public void setActiveIndex(int index) {
        this.activeIndex = index;
    }
}
