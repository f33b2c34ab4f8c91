package eu.guardian.careplan;

import eu.guardian.child.ChildFileView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;

/**
 * The information-sheet box of the care-plan tab: pick the language (the child's by default) and words or pictures,
 * and download the sheet, which records it as given (docs/information-sheet.md).
 */
@Named
@RequestScoped
public class InformationSheetView {

    @Inject
    InformationSheet sheet;

    @Inject
    ChildFileView fileView;

    private String language;
    private boolean pictures;

    public List<String> getLanguages() {
        return InformationSheet.languages();
    }

    public String languageName(String code) {
        return InformationSheet.languageName(code);
    }

    public String getLanguage() {
        if (language == null && fileView.isLoaded()) {
            language = sheet.languageFor(fileView.getFile().id());
        }
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isPictures() {
        return pictures;
    }

    public void setPictures(boolean pictures) {
        this.pictures = pictures;
    }

    /** Sends the sheet as a PDF download; the care plan records it as given. */
    public void give() {
        InformationSheet.Given given = sheet.give(fileView.getFile().id(), Optional.ofNullable(language), pictures);
        Faces.sendFile(given.pdf(), given.fileName(), true);
    }
}
