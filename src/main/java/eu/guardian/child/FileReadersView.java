package eu.guardian.child;

import eu.guardian.audit.AuditConsole;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.web.HumanText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The auditor's "who has read this file": a case number or a name leads to the file's readers, one row per person
 * with role, how often, first and last time and the purposes given (docs/accessibility.md, "Auditor"). The case
 * number is the page's parameter, so the answer can be bookmarked and sent on.
 */
@Named
@ViewScoped
public class FileReadersView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A case number has digits; a name has none (names never contain digits: TestData, registration rules). */
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    @Inject
    ChildRegistry registry;

    @Inject
    AuditConsole console;

    private String query;
    private String caseNumber;
    private ChildSummary child;
    private List<AuditConsole.Reader> readers = List.of();
    private List<ChildSummary> matches = List.of();
    private boolean searched;

    /** viewAction: the readers of the file the {@code case} parameter names. */
    public void load() {
        if (caseNumber == null || caseNumber.isBlank()) {
            return;
        }
        query = caseNumber;
        child = byCaseNumber(caseNumber).orElse(null);
        searched = true;
        readers = child == null ? List.of() : console.readersOf(child.id());
    }

    /** Finds the file: one match goes straight to its readers, several are listed to choose from. */
    public String find() {
        searched = true;
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) {
            matches = List.of();
            return null;
        }
        matches = HAS_DIGIT.matcher(text).matches() ? byCaseNumber(text).stream().toList() : registry.list(
                new ChildFilter(Optional.of(text), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty()), 0, 20, "caseNumber").items();
        if (matches.size() == 1) {
            return "/auditor/readers.xhtml?faces-redirect=true&case="
                    + URLEncoder.encode(matches.get(0).caseNumber(), StandardCharsets.UTF_8);
        }
        child = null;
        readers = List.of();
        return null;
    }

    private Optional<ChildSummary> byCaseNumber(String number) {
        Page<ChildSummary> found = registry.list(new ChildFilter(Optional.empty(), Optional.of(number),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), 0, 1, null);
        return found.items().stream().findFirst();
    }

    /** A time as the page shows it. */
    public String time(Instant instant) {
        return HumanText.time(instant, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public ChildSummary getChild() {
        return child;
    }

    public List<AuditConsole.Reader> getReaders() {
        return readers;
    }

    public List<ChildSummary> getMatches() {
        return matches;
    }

    /** Whether a search found nothing (to say so, rather than show an empty page). */
    public boolean isNothingFound() {
        return searched && child == null && matches.isEmpty();
    }
}
