package eu.guardian.bench;

import eu.guardian.bench.NameStyle.Name;
import eu.guardian.bench.Origins.Origin;
import eu.guardian.child.BirthDatePrecision;
import eu.guardian.child.ClosureReason;
import eu.guardian.child.Sex;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Who a generated child is: made-up names (in their script, with a transliteration as alias), sex, age, languages. */
record ChildIdentity(
        Origin origin,
        String givenNames,
        String familyName,
        List<String> aliases,
        Sex sex,
        LocalDate birthDate,
        BirthDatePrecision birthDatePrecision,
        List<String> languages) {

    /** Children turn 18 on the day a TURNED_18 case closes; open cases are all minors today. */
    static ChildIdentity create(Origin origin, CaseTimeline timeline, LocalDate today, RandomGenerator random) {
        Sex sex = sex(random);
        NameStyle style = origin.style();
        Name given = style.givenName(sex, random);
        Name secondGiven = random.nextDouble() < 0.25 ? style.givenName(sex, random) : null;
        Name family = style.familyName(random);
        boolean ownScript = random.nextDouble() < style.ownScriptShare();
        String givenWritten = join(ownScript ? given.written() : given.latin(),
                secondGiven == null ? null : ownScript ? secondGiven.written() : secondGiven.latin());
        String familyWritten = ownScript ? family.written() : family.latin();
        List<String> aliases = new ArrayList<>();
        if (ownScript && given.hasTransliteration() && random.nextDouble() < 0.6) {
            aliases.add(given.latin() + " " + family.latin());
        } else if (!ownScript && given.hasTransliteration() && random.nextDouble() < 0.25) {
            aliases.add(given.written() + " " + family.written());
        } else if (random.nextDouble() < 0.08) {
            aliases.add(style.givenName(sex, random).latin() + " " + family.latin());
        }
        LocalDate birthDate = birthDate(timeline, today, random);
        BirthDatePrecision precision = precision(random);
        if (precision == BirthDatePrecision.ESTIMATED) {
            birthDate = firstOfJanuary(birthDate, timeline.lastDayIn(today));
        }
        return new ChildIdentity(origin, givenWritten, familyWritten, aliases, sex,
                precision == BirthDatePrecision.UNKNOWN ? null : birthDate, precision, languages(origin, random));
    }

    /** The child's real (generated) age on a day, also when the registered birth date is estimated or unknown. */
    static int ageOn(LocalDate birthDate, LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }

    private static LocalDate birthDate(CaseTimeline timeline, LocalDate today, RandomGenerator random) {
        if (timeline.closureReason() == ClosureReason.TURNED_18) {
            return timeline.closedOn().minusYears(18);
        }
        double r = random.nextDouble();
        int ageAtIdentification = r < 0.80 ? 14 + random.nextInt(4)
                : r < 0.98 ? 10 + random.nextInt(4) : 6 + random.nextInt(4);
        LocalDate born = timeline.identifiedOn().minusYears(ageAtIdentification).minusDays(random.nextInt(365));
        LocalDate adulthood = timeline.lastDayIn(today).minusYears(18);
        // Still a minor on the last day in care (today for an open case).
        return born.isAfter(adulthood) ? born : adulthood.plusDays(1 + random.nextInt(300));
    }

    /**
     * An estimated age is usually registered as 1 January of the estimated year of birth; the year after when that
     * would make a child in care an adult already.
     */
    private static LocalDate firstOfJanuary(LocalDate birthDate, LocalDate lastDayInCare) {
        LocalDate estimated = LocalDate.of(birthDate.getYear(), Month.JANUARY, 1);
        return estimated.isAfter(lastDayInCare.minusYears(18)) ? estimated : estimated.plusYears(1);
    }

    private static Sex sex(RandomGenerator random) {
        double r = random.nextDouble();
        return r < 0.85 ? Sex.MALE : r < 0.98 ? Sex.FEMALE : r < 0.99 ? Sex.OTHER : Sex.UNKNOWN;
    }

    private static BirthDatePrecision precision(RandomGenerator random) {
        double r = random.nextDouble();
        return r < 0.30 ? BirthDatePrecision.EXACT
                : r < 0.90 ? BirthDatePrecision.ESTIMATED : BirthDatePrecision.UNKNOWN;
    }

    private static List<String> languages(Origin origin, RandomGenerator random) {
        List<String> offered = origin.languages();
        Set<String> spoken = new LinkedHashSet<>();
        spoken.add(offered.get(random.nextDouble() < 0.8 ? 0 : random.nextInt(offered.size())));
        int more = random.nextInt(3);
        for (int i = 0; i < more; i++) {
            spoken.add(offered.get(random.nextInt(offered.size())));
        }
        if (random.nextDouble() < 0.15) {
            spoken.add("en");
        }
        return List.copyOf(spoken);
    }

    private static String join(String first, String second) {
        return second == null || second.equals(first) ? first : first + " " + second;
    }
}
