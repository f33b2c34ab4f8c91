package eu.guardian.visit;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the visit form asks of every visit (when, how, who was there, the child's own views, wellbeing, topics), as
 * typed on the page; a new entry adds follow-ups and a concern ({@link FollowUpRow}, {@link ConcernForm}).
 */
public class VisitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Service field name → input id in the form "visit" (the follow-up rows' are numbered by the view). */
    static final Map<String, String> INPUTS = Map.ofEntries(Map.entry("occurredAt", "occurredAt"),
            Map.entry("mode", "mode"), Map.entry("place", "place"), Map.entry("durationMinutes", "duration"),
            Map.entry("present", "present"), Map.entry("seenAlone", "seenAlone"),
            Map.entry("interpreterLanguage", "interpreterLanguage"), Map.entry("interpreter", "interpreter"),
            Map.entry("childViews", "childViews"), Map.entry("wellbeing", "wellbeing"),
            Map.entry("wellbeingNotes", "wellbeingNotes"), Map.entry("notes", "notes"), Map.entry("topics", "topics"),
            Map.entry("concerns[0].type", "concernType"), Map.entry("concerns[0].urgency", "concernUrgency"),
            Map.entry("concerns[0].description", "concernDescription"), Map.entry("text", "addendum"));

    /** Service field name → bundle key of its label. */
    static final Map<String, String> LABELS = Map.ofEntries(Map.entry("occurredAt", "visit.occurredAt"),
            Map.entry("mode", "visit.mode"), Map.entry("place", "visit.place"),
            Map.entry("durationMinutes", "visit.duration"), Map.entry("present", "visit.present"),
            Map.entry("seenAlone", "visit.seenAlone"), Map.entry("interpreterLanguage", "visit.interpreterLanguage"),
            Map.entry("interpreter", "visit.interpreter"), Map.entry("childViews", "visit.childViews"),
            Map.entry("wellbeing", "visit.wellbeing"), Map.entry("wellbeingNotes", "visit.wellbeingNotes"),
            Map.entry("notes", "visit.notes"), Map.entry("topics", "visit.topics"));

    /** As the visitor typed it, on the wall clock of their time zone. */
    private LocalDateTime occurredAt;
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

    /** A new entry, the visit taking place now (to the minute, as the date-time input shows it). */
    void startAt(LocalDateTime now) {
        occurredAt = now.truncatedTo(ChronoUnit.MINUTES);
    }

    /** The form filled with an entry, to correct it or read it, in the reader's time zone. */
    void fill(VisitRecord v, ZoneId zone) {
        startAt(LocalDateTime.ofInstant(v.occurredAt(), zone));
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

    /** What the service checks; the typed time becomes an instant in the visitor's zone (docs/languages.md). */
    VisitInput input(List<VisitInput.FollowUpInput> followUps, List<VisitInput.ConcernInput> concerns, ZoneId zone) {
        String when = occurredAt == null ? null : occurredAt.atZone(zone).toInstant().toString();
        return new VisitInput(when, mode, place, durationMinutes, present, seenAlone, interpreterLanguage,
                interpreter, childViews, wellbeing, wellbeingNotes, notes, List.copyOf(topics), followUps, concerns);
    }

    public List<String> getModes() {
        return Arrays.stream(VisitMode.values()).map(Enum::name).toList();
    }

    public List<String> getTopicChoices() {
        return Arrays.stream(Topic.values()).map(Enum::name).toList();
    }

    public List<Integer> getWellbeingScale() {
        return List.of(1, 2, 3, 4, 5);
    }

    // Form fields

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
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
}
