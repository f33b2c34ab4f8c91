package eu.guardian.protection;

import eu.guardian.assessment.AssessmentRecord;
import eu.guardian.assessment.AssessmentStatus;
import eu.guardian.assessment.Assessments;
import eu.guardian.assessment.DeterminationSummary;
import eu.guardian.assessment.Determinations;
import eu.guardian.careplan.CarePlan;
import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.child.Child;
import eu.guardian.child.MedicalGrounds;
import eu.guardian.child.ChildFile;
import eu.guardian.child.ChildInput;
import eu.guardian.child.LatinName;
import eu.guardian.child.ChildRegistry;
import eu.guardian.child.ClosureReason;
import eu.guardian.document.DocumentCategory;
import eu.guardian.document.DocumentRecord;
import eu.guardian.document.DocumentSharing;
import eu.guardian.document.Documents;
import eu.guardian.guardianship.Appointments;
import eu.guardian.platform.reference.ReferenceData;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.protection.FirewallGuard.Recipient;
import eu.guardian.protection.ProtectionInputs.Confirmation;
import eu.guardian.protection.ProtectionInputs.HandoverInput;
import eu.guardian.protection.ProtectionInputs.MarkInput;
import eu.guardian.protection.ProtectionRecords.HandoverRecord;
import eu.guardian.protection.ProtectionRecords.MarkRecord;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-border handover (docs/domain-rules.md#cross-border-handover): consent-gated, purpose and recipient recorded
 * and audited as an export, parts marked "not for sharing" left out, never for immigration enforcement (the
 * firewall; the recipient comes from the counterpart registry, or waits for the authority's approval). Once the
 * receiving side confirms, the case closes as transferred abroad. The receiving side of the same
 * format imports a package as a new case.
 */
@Stateless
public class Handovers {

    @PersistenceContext
    EntityManager em;

    @Inject
    CarePlan carePlan;

    @Inject
    Assessments assessments;

    @Inject
    Determinations determinations;

    @Inject
    ChildRegistry children;

    @Inject
    Appointments appointments;

    @Inject
    Screenings screenings;

    @Inject
    MissingChildren missing;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    FirewallGuard firewall;

    @Inject
    DisclosureApprovals approvals;

    @Inject
    ReferenceData referenceData;

    @Inject
    DocumentSharing documentSharing;

    @Inject
    Documents documents;

    @Inject
    Clock clock;

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.GUARDIAN})
    public List<MarkRecord> mark(long childId, MarkInput input) {
        children.childToWorkOn(childId).requireOpen();
        Checks checks = new Checks().required("part", input.part()).maxLength("reason", input.reason(), 500);
        Optional<SharablePart> part = checks.choice(SharablePart.class, "part", input.part());
        checks.throwIfAny();
        if (em.find(NotForSharing.class, new NotForSharing.Key(childId, part.get())) == null) {
            em.persist(new NotForSharing(childId, part.get(), DateTimes.trimmed(input.reason()),
                    currentUser.getName(), clock.instant()));
            audit.record(AuditAction.UPDATE, "NotForSharing", part.get(), Optional.of(childId),
                    Changes.none().field("notForSharing", false, true));
        }
        em.flush();
        return markRecords(childId);
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.GUARDIAN})
    public List<MarkRecord> unmark(long childId, String partName) {
        children.childToWorkOn(childId).requireOpen();
        Checks checks = new Checks();
        Optional<SharablePart> part = checks.choice(SharablePart.class, "part", partName);
        checks.required("part", partName).throwIfAny();
        NotForSharing mark = em.find(NotForSharing.class, new NotForSharing.Key(childId, part.get()));
        if (mark != null) {
            em.remove(mark);
            audit.record(AuditAction.UPDATE, "NotForSharing", part.get(), Optional.of(childId),
                    Changes.none().field("notForSharing", true, false));
        }
        em.flush();
        return markRecords(childId);
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public List<MarkRecord> marks(long childId) {
        children.visibleChild(childId);
        return markRecords(childId);
    }

    /** The latest approved assessment (its recommendations) and the panels that decided, for the receiving side. */
    private HandoverPackage.BestInterests bestInterests(long childId) {
        Optional<AssessmentRecord> approved = assessments.listOf(childId).stream()
                .filter(a -> a.status() == AssessmentStatus.APPROVED).findFirst()
                .map(a -> assessments.get(a.id()));
        List<DeterminationSummary> decided = determinations.listOf(childId).stream()
                .filter(d -> d.outcome() != null).toList();
        return new HandoverPackage.BestInterests(approved, decided);
    }

    /**
     * Prepares the handover package: the firewall first (an enforcement purpose or recipient is refused and recorded
     * whatever else the request holds), then consent, then the package without the parts marked "not for sharing".
     * To a registry entry the package is ready at once; to an "other" recipient it waits for the authority.
     */
    @RolesAllowed(Role.Names.CASEWORKER)
    public HandoverRecord prepare(long childId, HandoverInput input) {
        Child child = children.childToWorkOn(childId);
        Checks checks = new Checks().required("purpose", input.purpose());
        Optional<DisclosurePurpose> purpose = checks.choice(DisclosurePurpose.class, "purpose", input.purpose());
        Recipient recipient = firewall.check(childId, Disclosure.HANDOVER, purpose, input.counterpartId(),
                input.recipient(), input.recipientCountry(),
                FirewallGuard.texts("purposeNote", input.purposeNote(), "legalBasis", input.legalBasis()));
        child.requireOpen();
        checks.required("recipient", recipient.name()).maxLength("recipient", recipient.name(), Checks.NAME_MAX)
                .required("recipientCountry", recipient.country())
                .maxLength("purposeNote", input.purposeNote(), Checks.TEXT_MAX)
                .maxLength("legalBasis", input.legalBasis(), 500);
        Optional.ofNullable(recipient.country()).ifPresent(code -> checks.that(
                referenceData.countryCodes().contains(code), "recipientCountry", "validation.unknownCountry", code));
        Consent consent = Consent.of(input.childConsent(), input.guardianConsent(), input.legalBasis());
        checks.that(consent.isGiven(), "consent", "protection.handover.consentRequired");
        checks.throwIfAny();
        Set<SharablePart> withheld = EnumSet.noneOf(SharablePart.class);
        markRecords(childId).forEach(m -> withheld.add(m.part()));
        List<DocumentRecord> attachments = documentSharing.chosen(childId, input.attachmentIds(),
                withheldDocuments(withheld));
        ChildFile file = children.file(childId);
        var now = clock.instant();
        JsonObject json = HandoverPackage.build(new HandoverPackage.Facts(file, appointments.history(childId),
                screenings.screenings(childId), missing.episodes(childId), carePlan.items(childId),
                bestInterests(childId), attachments, withheld, recipient.name(), recipient.country(),
                purpose.orElseThrow(), now, currentUser.getName()));
        Handover handover = new Handover(childId, recipient.counterpartId(), recipient.name(), recipient.country(),
                purpose.get(), DateTimes.trimmed(input.purposeNote()), consent, json.toString(), currentUser.getName(),
                now);
        em.persist(handover);
        Changes changes = Changes.none().note("purpose", purpose.get()).note("recipient", handover.getRecipient())
                .note("recipientCountry", handover.getRecipientCountry())
                .note("consent", Referrals.consentNote(consent)).note("withheld", withheld)
                .note("attachments", attachments.stream().map(DocumentRecord::id).toList());
        if (recipient.isOther()) {
            audit.record(AuditAction.CREATE, "Handover", handover.getId(), Optional.of(childId),
                    changes.note("status", HandoverStatus.AWAITING_APPROVAL));
            approvals.request(childId, Disclosure.HANDOVER, handover.getId(), recipient);
        } else {
            audit.record(AuditAction.EXPORT, "Handover", handover.getId(), Optional.of(childId), changes);
        }
        return HandoverRecord.of(handover);
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public List<HandoverRecord> handovers(long childId) {
        children.visibleChild(childId);
        audit.record(AuditAction.READ, "Handover", childId, Optional.of(childId), Changes.none());
        return em.createQuery("SELECT h FROM Handover h WHERE h.childId = :child ORDER BY h.preparedAt DESC",
                Handover.class).setParameter("child", childId).getResultList().stream().map(HandoverRecord::of).toList();
    }

    /** The package exactly as handed over; every download is an export in the audit trail. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public String packageJson(long childId, long handoverId) {
        Handover handover = released(childId, handoverId);
        audit.record(AuditAction.EXPORT, "HandoverPackage", handoverId, Optional.of(childId),
                Changes.none().note("format", "json").note("recipient", handover.getRecipient()));
        return handover.getPackageJson();
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public byte[] packagePdf(long childId, long handoverId) {
        Handover handover = released(childId, handoverId);
        audit.record(AuditAction.EXPORT, "HandoverPackage", handoverId, Optional.of(childId),
                Changes.none().note("format", "pdf").note("recipient", handover.getRecipient()));
        JsonObject json = Json.createReader(new StringReader(handover.getPackageJson())).readObject();
        return HandoverPdf.render(json, "Guardian handover " + json.getJsonObject("handover")
                .getString("sendingCaseNumber", ""));
    }

    /**
     * A document that went with a released package, for the receiving side (each an export in the trail, and a read
     * of the document); one not listed in the package is "not found".
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public Documents.Download attachment(long childId, long handoverId, long documentId) {
        Handover handover = released(childId, handoverId);
        JsonObject json = Json.createReader(new StringReader(handover.getPackageJson())).readObject();
        boolean listed = array(json, "attachments").stream()
                .anyMatch(a -> a.get("id") instanceof jakarta.json.JsonNumber id && id.longValue() == documentId);
        if (!listed) {
            throw new NotFound("Attachment " + documentId + " of handover " + handoverId);
        }
        audit.record(AuditAction.EXPORT, "HandoverAttachment", documentId, Optional.of(childId), Changes.none()
                .note("handover", handoverId).note("recipient", handover.getRecipient()));
        return documents.open(documentId);
    }

    /**
     * Document categories that belong to a part marked "not for sharing" (identity papers and photos to the
     * identification, court decisions to the legal statuses...): such documents stay home with their part.
     */
    static Set<DocumentCategory> withheldDocuments(Set<SharablePart> withheld) {
        Map<DocumentCategory, SharablePart> partOf = Map.of(DocumentCategory.IDENTITY, SharablePart.IDENTIFICATION,
                DocumentCategory.PHOTO, SharablePart.IDENTIFICATION, DocumentCategory.LEGAL,
                SharablePart.LEGAL_STATUSES, DocumentCategory.AGE_ASSESSMENT, SharablePart.AGE_ASSESSMENTS,
                DocumentCategory.EDUCATION, SharablePart.CARE_PLAN);
        Set<DocumentCategory> categories = EnumSet.noneOf(DocumentCategory.class);
        partOf.forEach((category, part) -> {
            if (withheld.contains(part)) {
                categories.add(category);
            }
        });
        return categories;
    }

    /** The receiving side confirmed: the handover is done and the case closes as transferred abroad. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY})
    public HandoverRecord confirm(long childId, long handoverId, Confirmation input) {
        children.childToWorkOn(childId);
        Handover handover = handoverOf(childId, handoverId);
        LocalDate today = LocalDate.now(clock);
        Checks checks = new Checks();
        Optional<LocalDate> on = checks.date("confirmedOn", input.confirmedOn());
        on.ifPresent(day -> checks.notInFuture("confirmedOn", day, today));
        checks.throwIfAny();
        if (handover.isConfirmed()) {
            throw new Conflict("protection.handover.confirmed", List.of());
        }
        if (!handover.isReleased()) {
            throw new Conflict("protection.handover.notReleased", List.of());
        }
        handover.confirmed(on.orElse(today));
        children.close(childId, ClosureReason.TRANSFERRED_ABROAD, handover.getConfirmedOn());
        audit.record(AuditAction.UPDATE, "Handover", handoverId, Optional.of(childId),
                Changes.none().field("status", "PREPARED", "CONFIRMED"));
        return HandoverRecord.of(handover);
    }

    /**
     * The receiving side: a new case from a handover package (this format), registered like any child, with the
     * package's legal statuses and age assessments. Where the package withheld a part, the case starts without it.
     */
    @RolesAllowed(Role.Names.CASEWORKER)
    public long importPackage(String packageJson, String placementKind, Long centreId, String place, String region) {
        JsonObject json;
        try {
            json = Json.createReader(new StringReader(packageJson == null ? "" : packageJson)).readObject();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw new InvalidInput("package", "protection.import.notJson");
        }
        if (!HandoverPackage.FORMAT.equals(json.getString("format", ""))
                || !(json.get("child") instanceof JsonObject)) {
            throw new InvalidInput("package", "protection.import.format", HandoverPackage.FORMAT);
        }
        JsonObject c = json.getJsonObject("child");
        LocalDate today = LocalDate.now(clock);
        List<ChildInput.StatusInput> statuses = new ArrayList<>();
        array(json, "legalStatuses").forEach(s -> statuses.add(new ChildInput.StatusInput(text(s, "kind"),
                text(s, "validFrom"), text(s, "validTo"))));
        String regionUsed = region != null && !region.isBlank() ? region : text(c, "region");
        List<LatinName> transliterations = array(c, "transliterations").stream()
                .map(t -> new LatinName(text(t, "givenNames"), text(t, "familyName"))).toList();
        ChildInput input = new ChildInput(text(c, "givenNames"), text(c, "familyName"), transliterations,
                texts(c, "aliases"),
                text(c, "sex"), text(c, "birthDate"), text(c, "birthDatePrecision"),
                Optional.ofNullable(text(c, "nationalityKind")).orElse("UNKNOWN"), text(c, "nationalityCode"),
                texts(c, "otherCitizenships"), texts(c, "languages"), text(c, "preferredLanguage"),
                Optional.ofNullable(text(c, "identifiedOn")).orElse(today.toString()),
                Optional.ofNullable(text(c, "identifiedPlace")).orElse("Handover"), text(c, "applicationMadeOn"),
                regionUsed, placementKind, centreId, place, statuses);
        Child child = children.register(input, true);
        for (JsonObject age : array(json, "ageAssessments")) {
            children.recordAgeAssessment(child.getId(), text(age, "method"), text(age, "assessedOn"),
                    age.containsKey("minimumAge") ? age.getInt("minimumAge") : null,
                    age.containsKey("maximumAge") ? age.getInt("maximumAge") : null, text(age, "notes"),
                    new MedicalGrounds(text(age, "medicalReason"), age.getBoolean("childConsented", false),
                            age.getBoolean("guardianConsented", false), text(age, "legalBasis")));
        }
        JsonObject handover = json.get("handover") instanceof JsonObject h ? h : JsonValue.EMPTY_JSON_OBJECT;
        audit.record(AuditAction.CREATE, "HandoverImport", child.getId(), Optional.of(child.getId()), Changes.none()
                .note("format", HandoverPackage.FORMAT)
                .note("sendingCaseNumber", handover.getString("sendingCaseNumber", "-")));
        return child.getId();
    }

    private List<MarkRecord> markRecords(long childId) {
        return em.createQuery("SELECT n FROM NotForSharing n WHERE n.key.childId = :child", NotForSharing.class)
                .setParameter("child", childId).getResultList().stream().map(MarkRecord::of).toList();
    }

    /** A handover whose package may leave: not one waiting for, or refused by, the authority. */
    private Handover released(long childId, long handoverId) {
        Handover handover = handoverOf(childId, handoverId);
        if (!handover.isReleased()) {
            throw new Conflict("protection.handover.notReleased", List.of());
        }
        return handover;
    }

    private Handover handoverOf(long childId, long handoverId) {
        children.visibleChild(childId);
        Handover handover = em.find(Handover.class, handoverId);
        if (handover == null || handover.getChildId() != childId) {
            throw new NotFound("Handover " + handoverId);
        }
        return handover;
    }

    private static List<JsonObject> array(JsonObject json, String name) {
        if (!(json.get(name) instanceof JsonArray array)) {
            return List.of();
        }
        return array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
    }

    private static String text(JsonObject json, String name) {
        return json.get(name) instanceof JsonString string ? string.getString() : null;
    }

    private static List<String> texts(JsonObject json, String name) {
        if (!(json.get(name) instanceof JsonArray array)) {
            return List.of();
        }
        return array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).toList();
    }
}
