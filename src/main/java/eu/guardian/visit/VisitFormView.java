package eu.guardian.visit;

import eu.guardian.child.ChildFile;
import eu.guardian.child.ChildRegistry;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.InvalidInput;
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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The visit form, made for a phone right after the visit: a new entry for a child ({@code ?child=ID}), or an
 * existing entry ({@code ?visit=ID}) that its author corrects within the window or adds an addendum to afterwards.
 */
@Named
@ViewScoped
public class VisitFormView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "visit";

    private static final Map<String, String> INPUTS = new HashMap<>(Map.ofEntries(Map.entry("occurredAt", "occurredAt"),
            Map.entry("mode", "mode"), Map.entry("place", "place"), Map.entry("durationMinutes", "duration"),
            Map.entry("present", "present"), Map.entry("seenAlone", "seenAlone"),
            Map.entry("interpreterLanguage", "interpreterLanguage"), Map.entry("interpreter", "interpreter"),
            Map.entry("childViews", "childViews"), Map.entry("wellbeing", "wellbeing"),
            Map.entry("wellbeingNotes", "wellbeingNotes"), Map.entry("notes", "notes"), Map.entry("topics", "topics"),
            Map.entry("concerns[0].type", "concernType"), Map.entry("concerns[0].urgency", "concernUrgency"),
            Map.entry("concerns[0].description", "concernDescription"), Map.entry("text", "addendum")));
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("occurredAt", "visit.occurredAt"),
            Map.entry("mode", "visit.mode"), Map.entry("place", "visit.place"),
            Map.entry("durationMinutes", "visit.duration"), Map.entry("present", "visit.present"),
            Map.entry("seenAlone", "visit.seenAlone"), Map.entry("interpreterLanguage", "visit.interpreterLanguage"),
            Map.entry("interpreter", "visit.interpreter"), Map.entry("childViews", "visit.childViews"),
            Map.entry("wellbeing", "visit.wellbeing"), Map.entry("wellbeingNotes", "visit.wellbeingNotes"),
            Map.entry("notes", "visit.notes"), Map.entry("topics", "visit.topics"));

    /** One follow-up row of the form. */
    public static final class FollowUpRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String action;
        private String owner;
        private LocalDate dueOn;

        public String getAction() {
            return action;
        }

        public void setAction(String action) {
            this.action = action;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
        }
    }

    @Inject
    Visits visits;

    @Inject
    ChildRegistry children;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private String childParam;
    private String visitParam;
    private ChildFile child;
    private VisitRecord existing;

    private String occurredAt;
    private String mode = VisitMode.IN_PERSON.name();
    private String place;
    private Integer durationMinutes;
    private String present;
    private Boolean seenAlone;
    private String interpreterLanguage;
    private String interpreter;
    private String childViews;
    private Integer wellbeing;
    private String wellbeingNotes;
    private String notes;
    private List<String> topics = new ArrayList<>();
    private List<FollowUpRow> followUps = new ArrayList<>();
    private boolean raiseConcern;
    private String concernType;
    private String concernUrgency;
    private String concernDescription;
    private String addendum;

    /** View action: the child (new entry) or the entry; what the user may not see is "not found". */
    public void load() {
        try {
            Optional<Long> visitId = FormMessages.id(visitParam);
            if (visitId.isPresent()) {
                existing = visits.visit(visitId.get());
                child = children.file(existing.childId());
                fill(existing);
                return;
            }
            Optional<Long> childId = FormMessages.id(childParam);
            if (childId.isEmpty()) {
                FormMessages.notFound();
                return;
            }
            child = children.file(childId.get());
            occurredAt = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).toString();
        } catch (NotFound notFound) {
            child = null;
            FormMessages.notFound();
        }
    }

    private void fill(VisitRecord v) {
        occurredAt = LocalDateTime.ofInstant(v.occurredAt(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES)
                .toString();
        mode = v.mode().name();
        place = v.place();
        durationMinutes = v.durationMinutes();
        present = v.present();
        seenAlone = v.seenAlone();
        interpreterLanguage = v.interpreterLanguage();
        interpreter = v.interpreter();
        childViews = v.childViews();
        wellbeing = v.wellbeing();
        wellbeingNotes = v.wellbeingNotes();
        notes = v.notes();
        topics = new ArrayList<>(v.topics().stream().map(Enum::name).toList());
    }

    public void addFollowUp() {
        FollowUpRow row = new FollowUpRow();
        row.setDueOn(LocalDate.now(clock).plusDays(7));
        followUps.add(row);
    }

    public void removeFollowUp(FollowUpRow row) {
        followUps.remove(row);
    }

    public void save() {
        try {
            FormAction.of(FORM, inputs(), LABELS).run(() -> {
                if (existing == null) {
                    visits.log(child.id(), input());
                    FormMessages.addForNextPage("visit.logged", child.caseNumber());
                    redirect(currentUser.has(Role.GUARDIAN) ? "/guardian/my-children.xhtml"
                            : "/children/file.xhtml?id=" + child.id());
                } else {
                    existing = visits.correct(existing.id(), existing.version(), input());
                    FormMessages.addForNextPage("visit.corrected", child.caseNumber());
                    redirect("/visits/log.xhtml?visit=" + existing.id());
                }
            });
        } catch (Conflict conflict) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, conflict.messageKey());
        } catch (EJBAccessException denied) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, "error.403.title");
        }
    }

    public void saveAddendum() {
        try {
            existing = visits.addAddendum(existing.id(), addendum);
            addendum = null;
            FormMessages.add(null, FacesMessage.SEVERITY_INFO, "visit.addendumAdded");
        } catch (InvalidInput invalid) {
            FormMessages.show(invalid, FORM, inputs(), LABELS, null);
        } catch (Conflict conflict) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, conflict.messageKey());
        }
    }

    public void completeFollowUp(long followUpId) {
        try {
            visits.completeFollowUp(followUpId);
            existing = visits.visit(existing.id());
            FormMessages.add(null, FacesMessage.SEVERITY_INFO, "visit.followUpDone");
        } catch (InvalidInput invalid) {
            FormMessages.show(invalid, FORM, inputs(), LABELS, null);
        }
    }

    private Map<String, String> inputs() {
        Map<String, String> inputs = new HashMap<>(INPUTS);
        for (int i = 0; i < followUps.size(); i++) {
            inputs.put("followUps[" + i + "].action", "followUps:" + i + ":followUpAction");
            inputs.put("followUps[" + i + "].owner", "followUps:" + i + ":followUpOwner");
            inputs.put("followUps[" + i + "].dueOn", "followUps:" + i + ":followUpDue");
        }
        return inputs;
    }

    private VisitInput input() {
        List<VisitInput.FollowUpInput> followUpInputs = existing != null ? List.of() : followUps.stream()
                .map(row -> new VisitInput.FollowUpInput(row.getAction(), row.getOwner(),
                        row.getDueOn() == null ? null : row.getDueOn().toString())).toList();
        List<VisitInput.ConcernInput> concerns = existing == null && raiseConcern
                ? List.of(new VisitInput.ConcernInput(concernType, concernUrgency, concernDescription)) : List.of();
        return new VisitInput(occurredAt, mode, place, durationMinutes, present, seenAlone, interpreterLanguage,
                interpreter, childViews, wellbeing, wellbeingNotes, notes, List.copyOf(topics), followUpInputs,
                concerns);
    }

    private static void redirect(String page) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        try {
            context.redirect(context.getRequestContextPath() + page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- state for the page

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

    public List<String> getModes() {
        return Arrays.stream(VisitMode.values()).map(Enum::name).toList();
    }

    public List<String> getTopicChoices() {
        return Arrays.stream(Topic.values()).map(Enum::name).toList();
    }

    public List<String> getConcernTypes() {
        return Arrays.stream(ConcernType.values()).map(Enum::name).toList();
    }

    public List<String> getUrgencies() {
        return Arrays.stream(Urgency.values()).map(Enum::name).toList();
    }

    public List<Integer> getWellbeingScale() {
        return List.of(1, 2, 3, 4, 5);
    }

    // --- form fields

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

    public String getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(String occurredAt) {
        this.occurredAt = occurredAt;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getPresent() {
        return present;
    }

    public void setPresent(String present) {
        this.present = present;
    }

    public Boolean getSeenAlone() {
        return seenAlone;
    }

    public void setSeenAlone(Boolean seenAlone) {
        this.seenAlone = seenAlone;
    }

    public String getInterpreterLanguage() {
        return interpreterLanguage;
    }

    public void setInterpreterLanguage(String interpreterLanguage) {
        this.interpreterLanguage = interpreterLanguage;
    }

    public String getInterpreter() {
        return interpreter;
    }

    public void setInterpreter(String interpreter) {
        this.interpreter = interpreter;
    }

    public String getChildViews() {
        return childViews;
    }

    public void setChildViews(String childViews) {
        this.childViews = childViews;
    }

    public Integer getWellbeing() {
        return wellbeing;
    }

    public void setWellbeing(Integer wellbeing) {
        this.wellbeing = wellbeing;
    }

    public String getWellbeingNotes() {
        return wellbeingNotes;
    }

    public void setWellbeingNotes(String wellbeingNotes) {
        this.wellbeingNotes = wellbeingNotes;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics == null ? new ArrayList<>() : new ArrayList<>(topics);
    }

    public List<FollowUpRow> getFollowUps() {
        return followUps;
    }

    public boolean isRaiseConcern() {
        return raiseConcern;
    }

    public void setRaiseConcern(boolean raiseConcern) {
        this.raiseConcern = raiseConcern;
    }

    public String getConcernType() {
        return concernType;
    }

    public void setConcernType(String concernType) {
        this.concernType = concernType;
    }

    public String getConcernUrgency() {
        return concernUrgency;
    }

    public void setConcernUrgency(String concernUrgency) {
        this.concernUrgency = concernUrgency;
    }

    public String getConcernDescription() {
        return concernDescription;
    }

    public void setConcernDescription(String concernDescription) {
        this.concernDescription = concernDescription;
    }

    public String getAddendum() {
        return addendum;
    }

    public void setAddendum(String addendum) {
        this.addendum = addendum;
    }
}
