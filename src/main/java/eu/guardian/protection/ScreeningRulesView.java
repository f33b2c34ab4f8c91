package eu.guardian.protection;

import eu.guardian.platform.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/** The screening rules as the administrator reads them (read-only: they are code, tested, not settings). */
@Named
@RequestScoped
public class ScreeningRulesView {

    public List<ScreeningRules.Rule> getRules() {
        return ScreeningRules.RULES;
    }

    public List<Indicator> getIndicators() {
        return Arrays.asList(Indicator.values());
    }

    /** A rule in the reader's language, with its number filled in. */
    public String text(ScreeningRules.Rule rule) {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), rule.messageKey(),
                List.of(rule.count()));
    }
}
