package eu.guardian.protection;

import eu.guardian.assessment.AssessmentRecord;
import eu.guardian.assessment.DeterminationSummary;
import eu.guardian.careplan.CarePlanItemRecord;
import eu.guardian.child.ChildFile;
import eu.guardian.document.DocumentRecord;
import eu.guardian.guardianship.GuardianshipRecord;
import eu.guardian.protection.ProtectionRecords.EpisodeRecord;
import eu.guardian.protection.ProtectionRecords.ScreeningRecord;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The machine-readable handover package ("guardian-handover/1"): the parts of a child's file a receiving country's
 * guardian needs, without the parts marked "not for sharing" (listed under "withheld" by name only). The same format
 * is read back by the import.
 */
final class HandoverPackage {

    static final String FORMAT = "guardian-handover/1";

    /** Sections a receiving side may expect that this system does not hold (yet). */
    static final List<String> NOT_HELD = List.of("HEALTH_FLAGS");

    /** The best-interests procedure as the receiving side needs it: the latest approved assessment, decided panels. */
    record BestInterests(Optional<AssessmentRecord> latestApproved, List<DeterminationSummary> decided) {
    }

    private HandoverPackage() {
    }

    record Facts(ChildFile file, List<GuardianshipRecord> guardianships, List<ScreeningRecord> screenings,
            List<EpisodeRecord> episodes, List<CarePlanItemRecord> carePlan, BestInterests bestInterests,
            List<DocumentRecord> attachments, Set<SharablePart> withheld, String recipient, String recipientCountry,
            DisclosurePurpose purpose, Instant preparedAt, String preparedBy) {
    }

    static JsonObject build(Facts facts) {
        ChildFile file = facts.file();
        Set<SharablePart> withheld = facts.withheld();
        JsonObjectBuilder child = Json.createObjectBuilder().add("givenNames", file.givenNames())
                .add("familyName", file.familyName()).add("sex", file.sex().name());
        // The same names in Latin letters, so that the receiving authority can read and search them.
        var latin = Json.createArrayBuilder();
        file.transliterations().forEach(name -> latin.add(Json.createObjectBuilder()
                .add("givenNames", name.givenNames()).add("familyName", name.familyName())));
        child.add("transliterations", latin);
        if (!withheld.contains(SharablePart.ALIASES)) {
            child.add("aliases", strings(file.aliases()));
        }
        if (!withheld.contains(SharablePart.BIRTH_DATE)) {
            add(child, "birthDate", file.birthDate());
            add(child, "birthDatePrecision", file.birthDatePrecision());
        }
        if (!withheld.contains(SharablePart.NATIONALITY)) {
            add(child, "nationalityKind", file.nationalityKind());
            add(child, "nationalityCode", file.nationalityCode());
            child.add("otherCitizenships", strings(file.otherCitizenships()));
        }
        if (!withheld.contains(SharablePart.LANGUAGES)) {
            child.add("languages", strings(file.languages()));
            add(child, "preferredLanguage", file.preferredLanguage());
        }
        if (!withheld.contains(SharablePart.IDENTIFICATION)) {
            add(child, "identifiedOn", file.identifiedOn());
            add(child, "identifiedPlace", file.identifiedPlace());
            add(child, "applicationMadeOn", file.applicationMadeOn());
            add(child, "region", file.region());
        }
        JsonObjectBuilder root = Json.createObjectBuilder().add("format", FORMAT)
                .add("handover", Json.createObjectBuilder().add("sendingCaseNumber", file.caseNumber())
                        .add("recipient", facts.recipient()).add("recipientCountry", facts.recipientCountry())
                        .add("purpose", facts.purpose().name()).add("preparedAt", facts.preparedAt().toString())
                        .add("preparedBy", facts.preparedBy()))
                .add("withheld", strings(withheld.stream().map(Enum::name).sorted().toList()))
                .add("notHeld", strings(NOT_HELD))
                .add("child", child);
        if (!withheld.contains(SharablePart.LEGAL_STATUSES)) {
            JsonArrayBuilder statuses = Json.createArrayBuilder();
            file.legalStatuses().forEach(s -> {
                JsonObjectBuilder status = Json.createObjectBuilder().add("kind", s.kind().name());
                add(status, "validFrom", s.validFrom());
                add(status, "validTo", s.validTo());
                statuses.add(status);
            });
            root.add("legalStatuses", statuses);
        }
        if (!withheld.contains(SharablePart.AGE_ASSESSMENTS)) {
            JsonArrayBuilder ages = Json.createArrayBuilder();
            file.ageAssessments().forEach(a -> {
                JsonObjectBuilder age = Json.createObjectBuilder().add("method", a.method().name())
                        .add("assessedOn", a.assessedOn().toString()).add("minimumAge", a.minimumAge())
                        .add("maximumAge", a.maximumAge());
                add(age, "notes", a.notes());
                if (a.medical()) { // its grounds travel with it (docs/domain-rules.md#medical-age-assessment)
                    add(age, "medicalReason", a.medicalGrounds().reason());
                    age.add("childConsented", a.medicalGrounds().childConsented())
                            .add("guardianConsented", a.medicalGrounds().guardianConsented());
                    add(age, "legalBasis", a.medicalGrounds().legalBasis());
                }
                ages.add(age);
            });
            root.add("ageAssessments", ages);
        }
        if (!withheld.contains(SharablePart.PLACEMENTS)) {
            JsonArrayBuilder stays = Json.createArrayBuilder();
            file.placements().forEach(p -> {
                JsonObjectBuilder stay = Json.createObjectBuilder().add("kind", p.kind().name());
                add(stay, "centre", p.centre());
                add(stay, "place", p.place());
                add(stay, "startedOn", p.startedOn());
                add(stay, "endedOn", p.endedOn());
                stays.add(stay);
            });
            root.add("placements", stays);
        }
        if (!withheld.contains(SharablePart.GUARDIANSHIP_HISTORY)) {
            JsonArrayBuilder history = Json.createArrayBuilder();
            facts.guardianships().forEach(g -> {
                JsonObjectBuilder entry = Json.createObjectBuilder().add("kind", g.kind().name())
                        .add("guardianName", g.guardianName()).add("appointedOn", g.appointedOn().toString());
                add(entry, "decisionReference", g.decisionReference());
                add(entry, "endedOn", g.endedOn());
                add(entry, "endReason", g.endReason());
                history.add(entry);
            });
            root.add("guardianships", history);
        }
        if (!withheld.contains(SharablePart.CARE_PLAN)) {
            // Types, responsibilities, dates and statuses; outcomes stay home (they may hold health details).
            JsonArrayBuilder items = Json.createArrayBuilder();
            facts.carePlan().forEach(item -> {
                JsonObjectBuilder entry = Json.createObjectBuilder().add("type", item.type().name())
                        .add("status", item.status().name()).add("dueOn", item.dueOn().toString());
                add(entry, "agency", item.agency());
                add(entry, "responsiblePerson", item.responsiblePerson());
                items.add(entry);
            });
            root.add("carePlan", items);
        }
        if (!withheld.contains(SharablePart.BEST_INTERESTS)) {
            JsonObjectBuilder bestInterests = Json.createObjectBuilder();
            facts.bestInterests().latestApproved().ifPresent(bia -> {
                JsonObjectBuilder assessment = Json.createObjectBuilder().add("kind", bia.kind().name());
                add(assessment, "approvedAt", bia.decidedAt());
                add(assessment, "approvedBy", bia.decidedBy());
                add(assessment, "childHeard", bia.childHeard());
                add(assessment, "recommendations", bia.recommendations());
                add(assessment, "nextReviewOn", bia.nextReviewOn());
                bestInterests.add("latestApprovedAssessment", assessment);
            });
            JsonArrayBuilder determinations = Json.createArrayBuilder();
            facts.bestInterests().decided().forEach(bid -> {
                JsonObjectBuilder entry = Json.createObjectBuilder().add("subject", bid.subject().name());
                add(entry, "outcome", bid.outcome());
                add(entry, "reviewOn", bid.reviewOn());
                determinations.add(entry);
            });
            root.add("bestInterests", bestInterests.add("determinations", determinations));
        }
        if (!withheld.contains(SharablePart.PROTECTION_SUMMARY)) {
            JsonObjectBuilder protection = Json.createObjectBuilder()
                    .add("missingEpisodes", facts.episodes().size())
                    .add("missingNow", facts.episodes().stream().anyMatch(e -> e.status() == MissingStatus.OPEN));
            facts.screenings().stream().findFirst().ifPresent(s -> protection
                    .add("latestScreeningResult", s.result().name()).add("latestScreeningAt", s.screenedAt().toString()));
            JsonArrayBuilder nrm = Json.createArrayBuilder();
            facts.screenings().stream().filter(s -> s.nrmReferral() != null).map(ScreeningRecord::nrmReferral)
                    .forEach(n -> nrm.add(Json.createObjectBuilder().add("agency", n.agency())
                            .add("referredOn", n.referredOn().toString()).add("outcome", n.outcome().name())
                            .add("reflectionEndsOn", n.reflectionEndsOn().toString())));
            protection.add("nrmReferrals", nrm);
            root.add("protection", protection);
        }
        if (!facts.attachments().isEmpty()) {
            // The documents chosen to go with the package (with consent, outside the withheld parts): described
            // here, each fetched on its own (GET .../handovers/{id}/attachments/{documentId}).
            JsonArrayBuilder attachments = Json.createArrayBuilder();
            facts.attachments().forEach(d -> attachments.add(Json.createObjectBuilder().add("id", d.id())
                    .add("fileName", d.fileName()).add("category", d.category().name())
                    .add("mediaType", d.mediaType()).add("size", d.size())));
            root.add("attachments", attachments);
        }
        return root.build();
    }

    private static JsonArrayBuilder strings(Collection<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.stream().sorted().forEach(array::add);
        return array;
    }

    private static void add(JsonObjectBuilder builder, String name, Object value) {
        if (value != null) {
            builder.add(name, value.toString());
        }
    }
}
