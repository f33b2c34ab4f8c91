package eu.guardian.platform.web;

import eu.guardian.platform.i18n.Numbers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** Figures on pages in the reader's format: {@code #{numbers.whole(d.caseloads().guardians())}} (platform.i18n.Numbers). */
@Named("numbers")
@RequestScoped
public class NumbersView {

    public String whole(long number) {
        return Numbers.whole(number, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
