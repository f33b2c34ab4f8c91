package eu.guardian.bench;

import eu.guardian.child.NationalityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * Where generated children come from, weighted roughly like arrivals in Europe: about 10 % EU member states, 80 %
 * third countries, 10 % stateless or of unknown nationality. Each origin brings a naming style and the languages a
 * child from there may speak (first one = usually the preferred language).
 */
final class Origins {

    record Origin(NationalityKind kind, String countryCode, NameStyle style, List<String> languages) {
        boolean isEuMemberState() {
            return countryCode != null && EU_MEMBER_STATES.contains(countryCode);
        }
    }

    private static final Set<String> EU_MEMBER_STATES = Set.of("RO", "BG", "HU", "SK", "CZ", "PL", "IT");

    private final List<Origin> origins = new ArrayList<>();
    private final List<Double> cumulativeWeights = new ArrayList<>();
    private double totalWeight;

    static Origins typicalArrivals() {
        Origins o = new Origins();
        // EU member states: 10
        o.country("RO", 4, NameStyle.ROMANIAN, "ro", "rom");
        o.country("BG", 2.5, NameStyle.BULGARIAN, "bg", "rom", "tr");
        o.country("HU", 1, NameStyle.CENTRAL_EUROPEAN, "hu", "rom");
        o.country("SK", 1, NameStyle.CENTRAL_EUROPEAN, "sk", "rom");
        o.country("CZ", 0.5, NameStyle.CENTRAL_EUROPEAN, "cs", "rom");
        o.country("PL", 0.5, NameStyle.CENTRAL_EUROPEAN, "pl");
        o.country("IT", 0.5, NameStyle.CENTRAL_EUROPEAN, "it");
        // third countries: 80
        o.country("AF", 14, NameStyle.PASHTO, "ps", "prs", "fa", "haz");
        o.country("SY", 10, NameStyle.ARABIC, "ar", "apc", "kmr");
        o.country("ER", 8, NameStyle.TIGRINYA, "ti", "tig", "ar");
        o.country("SO", 5, NameStyle.SOMALI, "so", "ar");
        o.country("GN", 5, NameStyle.WEST_AFRICAN, "fuf", "sus", "fr");
        o.country("CI", 3, NameStyle.WEST_AFRICAN, "fr", "dyu");
        o.country("ML", 3, NameStyle.WEST_AFRICAN, "bm", "fr");
        o.country("GM", 3, NameStyle.WEST_AFRICAN, "mnk", "wo", "en");
        o.country("NG", 3, NameStyle.NIGERIAN, "en", "yo", "ig", "ha", "pcm");
        o.country("SD", 4, NameStyle.ARABIC, "apd", "ar");
        o.country("PK", 3, NameStyle.SOUTH_ASIAN, "ur", "ps", "pa");
        o.country("BD", 2, NameStyle.SOUTH_ASIAN, "bn");
        o.country("EG", 3, NameStyle.ARABIC, "arz", "ar");
        o.country("MA", 3, NameStyle.ARABIC, "ary", "ar", "zgh");
        o.country("TN", 2, NameStyle.ARABIC, "aeb", "ar", "fr");
        o.country("DZ", 2, NameStyle.ARABIC, "arq", "ar", "kab", "fr");
        o.country("UA", 3, NameStyle.UKRAINIAN, "uk", "ru");
        o.country("IQ", 1, NameStyle.ARABIC, "acm", "ar");
        o.country("IQ", 1, NameStyle.KURDISH, "ckb", "kmr", "ar");
        o.country("ET", 1, NameStyle.TIGRINYA, "am", "ti", "om");
        o.country("VN", 1, NameStyle.VIETNAMESE, "vi");
        // stateless: 3, unknown: 7
        o.without(NationalityKind.STATELESS, 2, NameStyle.KURDISH, "kmr", "ar");
        o.without(NationalityKind.STATELESS, 1, NameStyle.ARABIC, "ar");
        o.without(NationalityKind.UNKNOWN, 2, NameStyle.PASHTO, "ps", "prs");
        o.without(NationalityKind.UNKNOWN, 2, NameStyle.TIGRINYA, "ti");
        o.without(NationalityKind.UNKNOWN, 2, NameStyle.WEST_AFRICAN, "fr");
        o.without(NationalityKind.UNKNOWN, 1, NameStyle.ARABIC, "ar");
        return o;
    }

    Origin pick(RandomGenerator random) {
        double point = random.nextDouble() * totalWeight;
        for (int i = 0; i < origins.size(); i++) {
            if (point < cumulativeWeights.get(i)) {
                return origins.get(i);
            }
        }
        return origins.get(origins.size() - 1);
    }

    /** A third country other than {@code except}, for a second citizenship. */
    String otherCountry(String except, RandomGenerator random) {
        List<String> candidates = origins.stream().map(Origin::countryCode)
                .filter(code -> code != null && !code.equals(except)).distinct().toList();
        return candidates.get(random.nextInt(candidates.size()));
    }

    Set<String> countryCodes() {
        Set<String> codes = new TreeSet<>();
        origins.stream().map(Origin::countryCode).filter(code -> code != null).forEach(codes::add);
        return codes;
    }

    Set<String> languageCodes() {
        Set<String> codes = new TreeSet<>();
        origins.forEach(origin -> codes.addAll(origin.languages()));
        return codes;
    }

    private void country(String code, double weight, NameStyle style, String... languages) {
        add(new Origin(NationalityKind.COUNTRY, code, style, List.of(languages)), weight);
    }

    private void without(NationalityKind kind, double weight, NameStyle style, String... languages) {
        add(new Origin(kind, null, style, List.of(languages)), weight);
    }

    private void add(Origin origin, double weight) {
        origins.add(origin);
        totalWeight += weight;
        cumulativeWeights.add(totalWeight);
    }
}
