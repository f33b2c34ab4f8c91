package eu.guardian.document;

import eu.guardian.platform.web.FormMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** The documents page of one record ({@code children/documents.xhtml?kind=...&id=...}): its parameters. */
@Named
@RequestScoped
public class DocumentRecordPage {

    /** The tab of the child's file each kind of record is found on. */
    private static final Map<String, String> TABS = Map.of("FILE", "documents", "VISIT", "visits", "ASSESSMENT",
            "bestInterests", "MISSING_EPISODE", "protection", "COMPLAINT", "identity");

    @Inject
    DocumentsView documents;

    private String kind;
    private String id;

    /** View action: a record that is not shown (unknown, or not the user's to see) is "not found". */
    public void requireShown() {
        if (!documents.isShown()) {
            FormMessages.notFound();
        }
    }

    public String getTabOfKind() {
        return kind != null && TABS.containsKey(kind) ? "&tab=" + TABS.get(kind) : "";
    }

    public String getKind() {
        return kind != null && TABS.containsKey(kind) ? kind : "FILE";
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
