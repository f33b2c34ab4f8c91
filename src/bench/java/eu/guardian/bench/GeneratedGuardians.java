package eu.guardian.bench;

import eu.guardian.guardian.GuardianKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * The generated guardians: professionals carrying big caseloads, volunteers a few children each, some organisations;
 * a few inactive, some with an expired criminal-record check or training. Ongoing guardianships are dealt out from
 * caseload "slots" so that nobody reaches the cap; the stored current_load is recounted from the guardianship rows
 * at the end, so it always matches them.
 */
final class GeneratedGuardians {

    private static final List<String> GIVEN_NAMES = List.of("Anna", "Lukas", "Sophie", "Jonas", "Marie", "Élodie",
            "François", "Jürgen", "Łukasz", "Zoë", "Sören", "Inês", "João", "Ana", "Karim", "Leyla", "Yusuf", "Amira",
            "Henrik", "Ingrid", "Matteo", "Giulia", "Pieter", "Femke", "Nikos", "Eleni", "Tomasz", "Agnieszka",
            "Saskia", "Malik", "Rahel", "Senait", "Omid", "Nadia");
    private static final List<String> FAMILY_NAMES = List.of("Müller", "Schmidt", "Dubois", "Lefèvre", "Novák",
            "Kowalski", "García", "Rossi", "Janssen", "Andersson", "Öztürk", "Nowak", "Haddad", "Ferreira",
            "Papadopoulos", "De Vries", "Bianchi", "Lindqvist", "Moreau", "Wagner", "Kaya", "Tesfaye", "Rahimi",
            "O'Brien");
    private static final List<String> LOCAL_LANGUAGES = List.of("de", "de", "fr", "nl");
    private static final List<String> EXTRA_LANGUAGES = List.of("ar", "ti", "ps", "prs", "fa", "so", "uk", "ru",
            "fuf", "kmr", "am", "tr", "ro", "bg");
    private static final String BASIC_COURSE = "Guardianship of unaccompanied children (basic)";

    private record PlannedGuardian(long id, GuardianKind kind, boolean active, Integer cap, int target) {
    }

    private final List<PlannedGuardian> guardians = new ArrayList<>();
    private final int[] load;
    private final int generalCap;
    private final List<Integer> slots = new ArrayList<>();
    private final Random shuffler;
    private int nextSlot;

    GeneratedGuardians(int count, int generalCap, RandomGenerator random) {
        this.generalCap = generalCap;
        this.load = new int[count];
        this.shuffler = new Random(random.nextLong());
        for (int i = 0; i < count; i++) {
            guardians.add(plan(GeneratedRange.FIRST_ID + i, random));
        }
        for (int i = 0; i < count; i++) {
            slots.addAll(Collections.nCopies(guardians.get(i).target(), i));
        }
        Collections.shuffle(slots, shuffler);
    }

    private PlannedGuardian plan(long id, RandomGenerator random) {
        double r = random.nextDouble();
        GuardianKind kind = r < 0.30 ? GuardianKind.PROFESSIONAL
                : r < 0.95 ? GuardianKind.VOLUNTEER : GuardianKind.ORGANISATION;
        boolean active = random.nextDouble() < 0.95;
        Integer cap = kind == GuardianKind.VOLUNTEER && random.nextBoolean() ? 10 : null;
        int target = !active ? 0 : switch (kind) {
            case PROFESSIONAL -> 12 + random.nextInt(18);
            case ORGANISATION -> 15 + random.nextInt(15);
            case VOLUNTEER -> random.nextInt(6);
        };
        return new PlannedGuardian(id, kind, active, cap, Math.max(0, Math.min(target, maximumLoad(cap))));
    }

    /** A guardian for an ongoing guardianship, below the cap (Guardian's own appointment rule). */
    long takeOngoingCase() {
        if (nextSlot == slots.size()) {
            refillSlotsUpToTheCap();
        }
        int index = slots.get(nextSlot++);
        load[index]++;
        return guardians.get(index).id();
    }

    /** The guardian of a guardianship that has ended: any guardian, their load is not affected. */
    long anyGuardian(RandomGenerator random) {
        return guardians.get(random.nextInt(guardians.size())).id();
    }

    private void refillSlotsUpToTheCap() {
        slots.clear();
        nextSlot = 0;
        for (int i = 0; i < guardians.size(); i++) {
            PlannedGuardian guardian = guardians.get(i);
            int room = maximumLoad(guardian.cap()) - load[i];
            if (guardian.active() && room > 0) {
                slots.addAll(Collections.nCopies(room, i));
            }
        }
        if (slots.isEmpty()) {
            throw new IllegalStateException("Every generated guardian is at the caseload cap: generate more guardians"
                    + " (--guardians) or fewer children (--children)");
        }
        Collections.shuffle(slots, shuffler);
    }

    /** One below the cap (the guardian's own, else the general setting), so that the app can still appoint. */
    private int maximumLoad(Integer individualCap) {
        return (individualCap == null ? generalCap : individualCap) - 1;
    }

    void writeAll(GeneratedTables tables, CareCentres centres, IdSequence detailIds, LocalDate today,
            RandomGenerator random) throws SQLException {
        for (PlannedGuardian guardian : guardians) {
            writeGuardian(tables, guardian, today, random);
            writeLanguages(tables, guardian.id(), random);
            writeTrainings(tables, guardian.id(), detailIds, today, random);
            if (random.nextDouble() < 0.02) {
                tables.guardianConflict.add(guardian.id(), centres.any(random).id(),
                        random.nextBoolean() ? "Employed by the centre's operator" : "A relative works at the centre");
            }
        }
    }

    /** current_load = the guardian's ongoing guardianships, counted from the rows just written. */
    static int recountLoads(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE guardian g SET current_load = (SELECT COUNT(*) FROM guardianship s
                    WHERE s.guardian_id = g.id AND s.ended_on IS NULL)
                WHERE g.id >= ? AND g.id < ?""")) {
            update.setLong(1, GeneratedRange.FIRST_ID);
            update.setLong(2, GeneratedRange.END_ID);
            return update.executeUpdate();
        }
    }

    private void writeGuardian(GeneratedTables tables, PlannedGuardian guardian, LocalDate today,
            RandomGenerator random) throws SQLException {
        String person = pick(GIVEN_NAMES, random) + " " + pick(FAMILY_NAMES, random);
        String region = pick(CareCentres.REGIONS, random);
        boolean organisation = guardian.kind() == GuardianKind.ORGANISATION;
        long number = guardian.id() - GeneratedRange.FIRST_ID;
        String name = organisation ? "Guardianship Association " + region + " " + number : person;
        // Checks are renewed every three years; some guardians are late (expired), a few have none yet.
        LocalDate checkedOn = random.nextDouble() < 0.02 ? null : today.minusDays(random.nextInt(1200));
        tables.guardian.add(guardian.id(), guardian.kind().name(), name, organisation ? person : null,
                "guardian." + guardian.id() + "@guardians.example",
                random.nextBoolean() ? String.format("+49 555 %07d", random.nextInt(10_000_000)) : null, region, null,
                guardian.cap(), 0, guardian.active(), checkedOn, checkedOn == null ? null : checkedOn.plusYears(3), 1L);
    }

    private static void writeLanguages(GeneratedTables tables, long guardianId, RandomGenerator random)
            throws SQLException {
        List<String> languages = new ArrayList<>();
        languages.add(pick(LOCAL_LANGUAGES, random));
        if (random.nextDouble() < 0.8) {
            languages.add("en");
        }
        if (random.nextDouble() < 0.35) {
            languages.add(pick(EXTRA_LANGUAGES, random));
        }
        for (String language : languages.stream().distinct().toList()) {
            tables.guardianLanguage.add(guardianId, language);
        }
    }

    private static void writeTrainings(GeneratedTables tables, long guardianId, IdSequence detailIds, LocalDate today,
            RandomGenerator random) throws SQLException {
        LocalDate basic = today.minusDays(random.nextInt(1300));
        tables.guardianTraining.add(detailIds.next(), guardianId, BASIC_COURSE, basic, basic.plusYears(3));
        if (random.nextDouble() < 0.7) {
            LocalDate trafficking = today.minusDays(random.nextInt(900));
            tables.guardianTraining.add(detailIds.next(), guardianId, "Indicators of child trafficking", trafficking,
                    trafficking.plusYears(2));
        }
        if (random.nextDouble() < 0.4) {
            tables.guardianTraining.add(detailIds.next(), guardianId, "Trauma-informed communication with children",
                    today.minusDays(random.nextInt(1500)), null);
        }
    }

    static Set<String> languageCodes() {
        Set<String> codes = new TreeSet<>(LOCAL_LANGUAGES);
        codes.add("en");
        codes.addAll(EXTRA_LANGUAGES);
        return codes;
    }

    private static <T> T pick(List<T> values, RandomGenerator random) {
        return values.get(random.nextInt(values.size()));
    }
}
