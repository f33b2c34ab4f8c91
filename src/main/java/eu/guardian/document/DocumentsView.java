package eu.guardian.document;

import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.validation.AccessRefused;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.platform.web.FormMessages;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The documents of one record on a page (the child's file, a visit, an assessment, a missing episode, a complaint):
 * the list, paged by the database; adding a file with a progress bar (a phone's camera on the visit page); an image
 * viewer; deleting with a reason. The host page names its record with a view action ({@link #attachTo}); the services
 * decide every right again.
 */
@Named
@ViewScoped
public class DocumentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Documents documents;

    private AttachedRecord record;
    private long childId;
    private boolean mayAdd;
    private boolean maySeeHealth;
    private long maxBytes;
    private String category;
    private boolean removed;
    private DocumentRecord selected;
    private String reason;
    private final LazyDataModel<DocumentRecord> list = new DocumentList();

    /**
     * View action of the host page: which record's documents it shows, e.g. {@code attachTo('VISIT', param)}. A
     * record the user may not see shows nothing here (the host page answers for the record itself).
     */
    public void attachTo(String kind, String id) {
        Optional<Long> recordId = FormMessages.id(id);
        Optional<AttachedTo> attachedTo = Arrays.stream(AttachedTo.values()).filter(k -> k.name().equals(kind))
                .findFirst();
        if (recordId.isEmpty() || attachedTo.isEmpty()) {
            return;
        }
        AttachedRecord asked = new AttachedRecord(attachedTo.get(), recordId.get());
        documents.owner(asked).ifPresent(owner -> {
            record = asked;
            childId = owner.childId();
            // what a phone's camera takes at a visit or for a missing child's report is a photo, unless changed
            category = asked.kind() == AttachedTo.VISIT || asked.kind() == AttachedTo.MISSING_EPISODE
                    ? DocumentCategory.PHOTO.name() : null;
            mayAdd = owner.mayAdd();
            maySeeHealth = owner.maySeeHealth();
            maxBytes = documents.maxBytes();
        });
    }

    /** One file chosen (or photographed) and sent; each of several files comes as its own request. */
    public void upload(FileUploadEvent event) {
        if (category == null || category.isBlank()) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, "document.chooseCategory");
            return;
        }
        try (InputStream content = event.getFile().getInputStream()) {
            DocumentRecord added = documents.upload(record, category, event.getFile().getFileName(), content);
            removed = false;
            FormMessages.add(null, FacesMessage.SEVERITY_INFO, "document.added", added.label());
        } catch (InvalidInput invalid) {
            invalid.errors().forEach(error -> FormMessages.add(null, FacesMessage.SEVERITY_ERROR, error.messageKey(),
                    error.arguments().toArray()));
        } catch (IOException broken) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, "document.refused.interrupted");
        } catch (Conflict conflict) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, conflict.messageKey());
        } catch (AccessRefused | EJBAccessException | NotFound refused) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, "error.403.title");
        }
    }

    public void select(DocumentRecord document) {
        selected = document;
        reason = null;
    }

    public void delete() {
        try {
            documents.delete(selected.id(), reason);
            FormMessages.add(null, FacesMessage.SEVERITY_INFO, "document.deleted", selected.label());
            PrimeFaces.current().executeScript("PF('documentDelete').hide()");
        } catch (InvalidInput invalid) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, "document.reasonNeeded");
        } catch (AccessRefused | EJBAccessException | NotFound | Conflict refused) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, "error.403.title");
            PrimeFaces.current().executeScript("PF('documentDelete').hide()");
        }
    }

    public boolean isShown() {
        return record != null;
    }

    /** The record's kind, for the documents page's title ({@code FILE}, {@code VISIT}...). */
    public String getKind() {
        return record == null ? null : record.kind().name();
    }

    /** The child whose file the record belongs to (the documents page links back to it). */
    public long getChildId() {
        return childId;
    }

    public boolean isMayAdd() {
        return mayAdd && !removed;
    }

    /** The categories the user may file under (health only for the roles that may see health documents). */
    public List<DocumentCategory> getCategories() {
        return Arrays.stream(DocumentCategory.values())
                .filter(c -> maySeeHealth || c != DocumentCategory.HEALTH).toList();
    }

    public long getMaxBytes() {
        return maxBytes;
    }

    public long getMaxMegabytes() {
        return maxBytes / (1024 * 1024);
    }

    public LazyDataModel<DocumentRecord> getList() {
        return list;
    }

    public void toggleRemoved() {
        removed = !removed;
    }

    public boolean isRemoved() {
        return removed;
    }

    public DocumentRecord getSelected() {
        return selected;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    private final class DocumentList extends LazyDataModel<DocumentRecord> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return record == null ? 0 : (int) documents.count(record, removed);
        }

        @Override
        public List<DocumentRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            if (record == null) {
                setRowCount(0);
                return List.of();
            }
            Page<DocumentRecord> page = documents.list(record, Optional.empty(), removed,
                    first / Math.max(1, pageSize), pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(DocumentRecord document) {
            return String.valueOf(document.id());
        }

        @Override
        public DocumentRecord getRowData(String rowKey) {
            return null;
        }
    }
}
