package eu.guardian.visit;

import eu.guardian.child.CaseStatus;
import eu.guardian.child.ChildFileView;
import eu.guardian.platform.persistence.Page;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The visits tab of a child's file: the child's visits, newest first, paged by the database. */
@Named
@ViewScoped
public class ChildVisitsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Visits visits;

    @Inject
    ChildFileView fileView;

    @Inject
    CurrentUser currentUser;

    @Inject
    ContactOversight contacts;

    private LazyDataModel<VisitRecord> model;
    /** The guardian's next contact with this ward (the file's summary card), read once per view. */
    private LocalDate nextContactDue;
    private boolean contactOverdue;
    private boolean contactRead;

    @PostConstruct
    void init() {
        model = new VisitList();
    }

    public LazyDataModel<VisitRecord> getVisits() {
        return model;
    }

    /** Whether the page offers to log a visit: a guardian (the file is visible only for a ward) or a caseworker. */
    public boolean isMayLog() {
        return fileView.isLoaded() && fileView.getFile().status() == CaseStatus.OPEN
                && (currentUser.has(Role.GUARDIAN) || currentUser.has(Role.CASEWORKER));
    }

    /** For a guardian's own ward: when the next contact is due (empty for staff and for wards not yet met). */
    public Optional<LocalDate> getNextContactDue() {
        readContact();
        return Optional.ofNullable(nextContactDue);
    }

    public boolean isContactOverdue() {
        readContact();
        return contactOverdue;
    }

    private void readContact() {
        if (contactRead || !fileView.isLoaded() || !currentUser.has(Role.GUARDIAN)) {
            return;
        }
        contactRead = true;
        WardContact contact = contacts.myWards().get(fileView.getFile().id());
        if (contact != null) {
            nextContactDue = contact.nextContactDue();
            contactOverdue = contact.overdue();
        }
    }

    /** Reception staff have no visits to see. */
    public boolean isMaySee() {
        return fileView.isLoaded() && !currentUser.has(Role.RECEPTION);
    }

    /** Shown per page of the tab (the table's {@code rows}). */
    static final int ROWS = 10;

    private final class VisitList extends LazyDataModel<VisitRecord> {

        private static final long serialVersionUID = 1L;

        /** The first page, read for the count and handed to the load that follows (one read, one audit entry). */
        private Page<VisitRecord> firstPage;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (!isMaySee()) {
                return 0;
            }
            firstPage = visits.list(fileView.getFile().id(), 0, ROWS);
            return (int) firstPage.total();
        }

        @Override
        public List<VisitRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            if (!isMaySee()) {
                return List.of();
            }
            if (first == 0 && pageSize == ROWS && firstPage != null) {
                Page<VisitRecord> page = firstPage;
                firstPage = null;
                setRowCount((int) page.total());
                return page.items();
            }
            Page<VisitRecord> page = visits.list(fileView.getFile().id(), first / Math.max(1, pageSize), pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(VisitRecord visit) {
            return String.valueOf(visit.id());
        }
    }
}
