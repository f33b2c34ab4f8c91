package eu.guardian.bench;

import eu.guardian.bench.CareCentres.Centre;
import eu.guardian.child.AgeAssessmentMethod;
import eu.guardian.child.BirthDatePrecision;
import eu.guardian.child.CaseStatus;
import eu.guardian.child.LegalStatusKind;
import eu.guardian.child.NameTokens;
import eu.guardian.child.NationalityKind;
import eu.guardian.child.PlacementKind;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Writes one generated child's file: the child row and what hangs off it (name tokens, aliases, languages, another
 * citizenship, legal statuses, an age assessment, placements). Guardianships are {@link GuardianshipRows}' job.
 */
final class ChildRows {

    private static final List<String> IDENTIFIED_AT = List.of("Railway station", "Port", "Border crossing",
            "Bus station", "Airport", "Police station", "Motorway service area");
    private static final List<PlacementKind> LATER_PLACEMENTS = List.of(PlacementKind.SPECIALISED_CENTRE,
            PlacementKind.SPECIALISED_CENTRE, PlacementKind.FOSTER_FAMILY, PlacementKind.FOSTER_FAMILY,
            PlacementKind.FOSTER_FAMILY, PlacementKind.SUPERVISED_HOUSING, PlacementKind.SUPERVISED_HOUSING,
            PlacementKind.RELATIVES, PlacementKind.INSTITUTION, PlacementKind.CAMP_OR_IDP_SITE);

    private record Stay(PlacementKind kind, Centre centre, String place, LocalDate startedOn, LocalDate endedOn) {
    }

    private final GeneratedTables tables;
    private final CareCentres centres;
    private final Origins origins;
    private final IdSequence detailIds;
    private final LocalDate today;

    ChildRows(GeneratedTables tables, CareCentres centres, Origins origins, IdSequence detailIds, LocalDate today) {
        this.tables = tables;
        this.centres = centres;
        this.origins = origins;
        this.detailIds = detailIds;
        this.today = today;
    }

    void write(CaseTimeline timeline, ChildIdentity identity, RandomGenerator random) throws SQLException {
        long id = timeline.childId();
        List<Stay> stays = stays(timeline, random);
        Stay last = stays.get(stays.size() - 1);
        Long currentCentreId = timeline.isOpen() && last.centre() != null ? last.centre().id() : null;
        LocalDateTime registeredAt = timeline.identifiedOn().atTime(8, 0).plusSeconds(random.nextInt(10 * 3600));
        String caseNumber = String.format("GRD-%d-%06d", registeredAt.getYear(), id); // as Child.assignCaseNumber
        tables.child.add(id, caseNumber, identity.givenNames(),
                identity.familyName(), identity.sex().name(), identity.birthDate(),
                identity.birthDatePrecision().name(), identity.origin().kind().name(),
                identity.origin().countryCode(), identity.languages().get(0), timeline.identifiedOn(),
                IDENTIFIED_AT.get(random.nextInt(IDENTIFIED_AT.size())) + ", " + timeline.region(),
                timeline.applicationMadeOn(), timeline.region(), timeline.interimDueOn(), timeline.guardianDueOn(),
                timeline.isAwaitingGuardian(), timeline.isOpen() ? CaseStatus.OPEN.name() : CaseStatus.CLOSED.name(),
                timeline.isOpen() ? null : timeline.closureReason().name(), timeline.closedOn(), currentCentreId,
                registeredAt, random.nextDouble() < 0.6 ? "reception1" : "caseworker1", 1L);
        writeNames(id, identity);
        for (String language : identity.languages()) {
            tables.childLanguage.add(id, language);
        }
        if (identity.origin().kind() == NationalityKind.COUNTRY && random.nextDouble() < 0.02) {
            tables.childCitizenship.add(id, origins.otherCountry(identity.origin().countryCode(), random));
        }
        writeLegalStatuses(timeline, identity, random);
        writeAgeAssessment(timeline, identity, random);
        for (Stay stay : stays) {
            tables.placement.add(detailIds.next(), id, stay.kind().name(),
                    stay.centre() == null ? null : stay.centre().id(), stay.place(), stay.startedOn(), stay.endedOn(),
                    stay.centre() == null ? timeline.region() : stay.centre().region());
        }
    }

    /** The same tokens Guardian stores when it registers a child (given names, family name, aliases). */
    private void writeNames(long id, ChildIdentity identity) throws SQLException {
        for (String alias : identity.aliases()) {
            tables.childAlias.add(id, alias);
        }
        List<String> names = Stream.concat(Stream.of(identity.givenNames(), identity.familyName()),
                identity.aliases().stream()).toList();
        for (String token : NameTokens.of(names)) {
            tables.childNameToken.add(token, id);
        }
    }

    private void writeLegalStatuses(CaseTimeline timeline, ChildIdentity identity, RandomGenerator random)
            throws SQLException {
        long id = timeline.childId();
        LocalDate identified = timeline.identifiedOn();
        if (identity.origin().isEuMemberState()) {
            legalStatus(id, LegalStatusKind.EU_CITIZEN, identified, null);
        } else if (identity.origin().kind() == NationalityKind.STATELESS) {
            legalStatus(id, LegalStatusKind.STATELESS_PERSON, identified, null);
        }
        LocalDate applied = timeline.applicationMadeOn();
        if (applied != null && !identity.origin().isEuMemberState()) {
            LocalDate decided = applied.plusDays(200 + random.nextInt(200));
            if (decided.isBefore(timeline.lastDayIn(today)) && random.nextDouble() < 0.5) {
                legalStatus(id, LegalStatusKind.ASYLUM_APPLICANT, applied, decided);
                double r = random.nextDouble();
                legalStatus(id, r < 0.5 ? LegalStatusKind.REFUGEE : r < 0.85 ? LegalStatusKind.SUBSIDIARY_PROTECTION
                        : LegalStatusKind.HUMANITARIAN_PROTECTION, decided, null);
            } else {
                legalStatus(id, LegalStatusKind.ASYLUM_APPLICANT, applied, null);
            }
        } else if (!identity.origin().isEuMemberState()) {
            legalStatus(id, LegalStatusKind.UNDOCUMENTED, identified, null);
        }
        if (random.nextDouble() < 0.03) {
            legalStatus(id, LegalStatusKind.PRESUMED_TRAFFICKING_VICTIM, identified.plusDays(random.nextInt(5)), null);
        }
    }

    private void legalStatus(long childId, LegalStatusKind kind, LocalDate from, LocalDate to) throws SQLException {
        tables.legalStatus.add(detailIds.next(), childId, kind.name(), from, to);
    }

    /** A quarter of children without documents have their age assessed, medically only as a last resort. */
    private void writeAgeAssessment(CaseTimeline timeline, ChildIdentity identity, RandomGenerator random)
            throws SQLException {
        if (identity.birthDatePrecision() == BirthDatePrecision.EXACT || random.nextDouble() >= 0.25) {
            return;
        }
        LocalDate assessedOn = timeline.identifiedOn().plusDays(1 + random.nextInt(20));
        if (assessedOn.isAfter(timeline.lastDayIn(today))) {
            return;
        }
        int age = identity.birthDate() == null ? 14 + random.nextInt(4)
                : ChildIdentity.ageOn(identity.birthDate(), assessedOn);
        double r = random.nextDouble();
        AgeAssessmentMethod method = r < 0.60 ? AgeAssessmentMethod.INTERVIEW
                : r < 0.95 ? AgeAssessmentMethod.DOCUMENTS : AgeAssessmentMethod.MEDICAL;
        tables.ageAssessment.add(detailIds.next(), timeline.childId(), method.name(), assessedOn, Math.max(0, age - 1),
                age + 1, null, assessedOn.atTime(10, 0).plusSeconds(random.nextInt(6 * 3600)), "caseworker1");
    }

    /** First a reception centre in the region; most children move on once or twice; a closed case's last stay ends. */
    private List<Stay> stays(CaseTimeline timeline, RandomGenerator random) {
        LocalDate end = timeline.lastDayIn(today);
        List<Stay> stays = new ArrayList<>();
        LocalDate start = timeline.identifiedOn();
        PlacementKind kind = PlacementKind.RECEPTION_CENTRE;
        Centre centre = centres.pick(kind, timeline.region(), random);
        int moves = random.nextDouble() < 0.6 ? 1 + (random.nextDouble() < 0.3 ? 1 : 0) : 0;
        for (int move = 0; move < moves; move++) {
            LocalDate next = start.plusDays(14 + random.nextInt(190));
            if (!next.isBefore(end)) {
                break;
            }
            stays.add(new Stay(kind, centre, place(kind, centre, timeline.region()), start, next));
            kind = LATER_PLACEMENTS.get(random.nextInt(LATER_PLACEMENTS.size()));
            centre = isCentre(kind) ? centres.pick(kind, timeline.region(), random) : null;
            start = next;
        }
        stays.add(new Stay(kind, centre, place(kind, centre, timeline.region()), start,
                timeline.isOpen() ? null : timeline.closedOn()));
        return stays;
    }

    private static boolean isCentre(PlacementKind kind) {
        return kind == PlacementKind.RECEPTION_CENTRE || kind == PlacementKind.SPECIALISED_CENTRE
                || kind == PlacementKind.SUPERVISED_HOUSING || kind == PlacementKind.INSTITUTION;
    }

    private static String place(PlacementKind kind, Centre centre, String region) {
        if (centre != null) {
            return centre.name();
        }
        return switch (kind) {
            case FOSTER_FAMILY -> "Foster family, " + region;
            case RELATIVES -> "With relatives, " + region;
            default -> "Temporary site, " + region;
        };
    }
}
