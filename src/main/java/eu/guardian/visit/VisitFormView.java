package eu.guardian.visit;

import eu.guardian.child.ChildFile;
import eu.guardian.child.ChildRegistry;
import eu.guardian.platform.i18n.LocalTimes;
import eu.guardian.platform.rest.FormKeys;
import eu.guardian.platform.validation.AccessRefused;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.platform.web.FormAction;
import eu.guardian.platform.web.FormMessages;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The visit form, made for a phone right after the visit: a new entry for a child ({@code ?child=ID}), or an
 * existing entry ({@code ?visit=ID}) that its author corrects within the window; after the window the entry is
 * read-only and takes addenda ({@link VisitEntryView}).
 */
@Named
@ViewScoped
public class VisitFormView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "visit";

    @Inject
    Visits visits;

    @Inject
    ChildRegistry children;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    LocalTimes localTimes;

    @Inject
    FormKeys formKeys;

    private String childParam;
    private String visitParam;
    private ChildFile child;
    private VisitRecord existing;
    /** A new entry is created once however often the form is posted (docs/cluster.md#idempotency). */
    private final String formKey = FormKeys.issue();

    private final VisitForm form = new VisitForm();
    private final List<FollowUpRow> followUps = new ArrayList<>();
    private final ConcernForm concern = new ConcernForm();

    /** View action: the child (new entry) or the entry; what the user may not see is "not found". */
    public void load() {
        try {
            Optional<Long> visitId = FormMessages.id(visitParam);
            if (visitId.isPresent()) {
                existing = visits.visit(visitId.get());
                child = children.file(existing.childId());
                form.fill(existing, localTimes.zone());
                return;
            }
            Optional<Long> childId = FormMessages.id(childParam);
            if (childId.isEmpty()) {
                FormMessages.notFound();
                return;
            }
            child = children.file(childId.get());
            form.startAt(localTimes.now());
        } catch (NotFound notFound) {
            child = null;
            FormMessages.notFound();
        }
    }

    /** A follow-up, due in a week unless changed. */
    public void addFollowUp() {
        followUps.add(FollowUpRow.dueOn(LocalDate.now(clock).plusDays(7)));
    }

    public void removeFollowUp(FollowUpRow row) {
        followUps.remove(row);
    }

    public void save() {
        try {
            FormAction.of(FORM, inputs(), VisitForm.LABELS).run(() -> {
                if (existing == null) {
                    String next = formKeys.once(currentUser.getName(), postedFormKey(), () -> {
                        visits.log(child.id(), input());
                        return currentUser.has(Role.GUARDIAN) ? "/guardian/my-children.xhtml"
                                : "/children/file.xhtml?id=" + child.id();
                    });
                    FormMessages.addForNextPage("visit.logged", child.caseNumber());
                    redirect(next);
                } else {
                    existing = visits.correct(existing.id(), existing.version(), input());
                    FormMessages.addForNextPage("visit.corrected", child.caseNumber());
                    redirect("/visits/log.xhtml?visit=" + existing.id());
                }
            });
        } catch (Conflict conflict) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, conflict.messageKey());
        } catch (EJBAccessException | AccessRefused denied) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, "error.403.title");
        }
    }

    /** The key the form was posted with (its hidden field), else the one issued with this view. */
    private String postedFormKey() {
        String posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get(FormKeys.FIELD);
        return posted == null || posted.isBlank() || posted.length() > 64 ? formKey : posted;
    }

    public String getFormKey() {
        return formKey;
    }

    /** The entry as saved by an addendum or a follow-up done ({@link VisitEntryView}). */
    void show(VisitRecord saved) {
        existing = saved;
    }

    /** The form's inputs, with the follow-up rows' numbered ones. */
    Map<String, String> inputs() {
        Map<String, String> inputs = new HashMap<>(VisitForm.INPUTS);
        for (int i = 0; i < followUps.size(); i++) {
            inputs.put("followUps[" + i + "].action", "followUps:" + i + ":followUpAction");
            inputs.put("followUps[" + i + "].owner", "followUps:" + i + ":followUpOwner");
            inputs.put("followUps[" + i + "].dueOn", "followUps:" + i + ":followUpDue");
        }
        return inputs;
    }

    /** Follow-ups and a concern belong to a new entry only; a correction sends the visit itself. */
    private VisitInput input() {
        return existing != null ? form.input(List.of(), List.of(), localTimes.zone())
                : form.input(followUps.stream().map(FollowUpRow::input).toList(), concern.inputIfRaised(),
                        localTimes.zone());
    }

    private static void redirect(String page) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        try {
            context.redirect(context.getRequestContextPath() + page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isLoaded() {
        return child != null;
    }

    public boolean isNew() {
        return existing == null;
    }

    /** New entries and corrections within the window show the form; otherwise the entry is read-only. */
    public boolean isEditable() {
        return existing == null || existing.mayCorrect();
    }

    public ChildFile getChild() {
        return child;
    }

    public VisitRecord getExisting() {
        return existing;
    }

    /** The visit's own fields. */
    public VisitForm getForm() {
        return form;
    }

    /** A new entry's follow-ups. */
    public List<FollowUpRow> getFollowUps() {
        return followUps;
    }

    /** A new entry's concern, if raised. */
    public ConcernForm getConcern() {
        return concern;
    }

    public String getChildParam() {
        return childParam;
    }

    public void setChildParam(String childParam) {
        this.childParam = childParam;
    }

    public String getVisitParam() {
        return visitParam;
    }

    public void setVisitParam(String visitParam) {
        this.visitParam = visitParam;
    }
}
