package eu.guardian.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The immigration firewall's text rule, table-driven: every way around it that issue 12 found, and more, is refused;
 * the names and purposes of real protective work pass. docs/firewall.md.
 */
class FirewallTest {

    /** Texts that must be refused: what the issue found accepted, then more variants of our own. */
    static Stream<Arguments> refused() {
        return Stream.of(
                // issue 12, found accepted before
                Arguments.of("US ICE as a recipient", "U.S. Immigration and Customs Enforcement (ICE)"),
                Arguments.of("hyphenated", "Immigration-Enforcement"),
                Arguments.of("no-break space inside a word", "Depor\u00A0tation unit"),
                Arguments.of("no-break space between words", "Immigration\u00A0Enforcement"),
                Arguments.of("zero-width space inside a word", "Immigration Enf\u200Borcement"),
                Arguments.of("zero-width space in deportation", "De\u200Bportation office"),
                Arguments.of("umlaut transliterated", "Auslaenderbehoerde Koeln"),
                Arguments.of("umlaut transliterated, return", "Rueckfuehrung"),
                Arguments.of("Cyrillic e inside a Latin word", "D\u0435portation"),
                Arguments.of("Cyrillic o inside a Latin word", "Immigration Enf\u043Ercement"),
                Arguments.of("deportation order as legal basis", "deportation order"),
                Arguments.of("referral to a deportation unit", "Deportation Unit"),
                // our own: spelling, scripts and separators
                Arguments.of("capitals", "IMMIGRATION ENFORCEMENT"),
                Arguments.of("run together", "ImmigrationEnforcement"),
                Arguments.of("spaced letters", "I C E field office"),
                Arguments.of("spaced word", "d e p o r t a t i o n"),
                Arguments.of("full-width letters", "\uFF24\uFF45\uFF50\uFF4F\uFF52\uFF54\uFF41\uFF54\uFF49\uFF4F\uFF4E"),
                Arguments.of("mathematical bold", "\uD835\uDC1D\uD835\uDC1E\uD835\uDC29\uD835\uDC28\uD835\uDC2B"
                        + "\uD835\uDC2D\uD835\uDC1A\uD835\uDC2D\uD835\uDC22\uD835\uDC28\uD835\uDC27"),
                Arguments.of("soft hyphen", "Abschie\u00ADbung"),
                Arguments.of("word joiner", "Ab\u2060schiebung"),
                Arguments.of("non-breaking hyphen", "Depor\u2011tation"),
                Arguments.of("narrow no-break space", "Ausländer\u202Fbehörde"),
                Arguments.of("digit zero for o", "Dep0rtation"),
                Arguments.of("digit one for i", "1mmigration enforcement"),
                Arguments.of("Greek omicron", "Dep\u03BFrtation"),
                Arguments.of("all Cyrillic look-alikes", "\u0406\u0421\u0415"),
                Arguments.of("combining accents piled on", "De\u0301po\u0308rta\u0300tion"),
                Arguments.of("bidi marks", "\u202EDeportation\u202C"),
                Arguments.of("variation selector", "Depor\uFE0Ftation"),
                Arguments.of("words apart", "Immigration, Customs and Border Enforcement"),
                Arguments.of("split by a space near the start", "De portation"),
                // our own: languages
                Arguments.of("de Abschiebung", "zur Abschiebung"),
                Arguments.of("de compound", "Zentrale Ausländerbehörde Bielefeld"),
                Arguments.of("de Bundespolizei", "Bundespolizeidirektion München"),
                Arguments.of("de Ausreisepflicht", "wegen Ausreisepflicht"),
                Arguments.of("de Rückführung", "Landesamt für Asyl und Rückführungen"),
                Arguments.of("fr éloignement", "Préfecture, service éloignement"),
                Arguments.of("fr PAF", "Police aux frontières"),
                Arguments.of("fr OQTF", "exécution d'une OQTF"),
                Arguments.of("fr rétention", "Centre de rétention administrative"),
                Arguments.of("it espulsione", "Decreto di espulsione"),
                Arguments.of("it rimpatrio forzato", "Ufficio rimpatri coattivi"),
                Arguments.of("it polizia di frontiera", "Polizia di Frontiera Malpensa"),
                Arguments.of("es deportación", "Orden de deportación"),
                Arguments.of("es extranjería", "Brigada Provincial de Extranjería y Fronteras"),
                Arguments.of("es expulsión", "expediente de expulsión"),
                Arguments.of("nl uitzetting", "ter uitzetting"),
                Arguments.of("nl DT&V", "Dienst Terugkeer en Vertrek"),
                Arguments.of("nl marechaussee", "Koninklijke Marechaussee"),
                Arguments.of("el απέλαση", "Απόφαση απέλασης"),
                Arguments.of("el capitals", "ΑΠΕΛΑΣΗ"),
                Arguments.of("el aliens police", "Τμήμα Αλλοδαπών Αθηνών"),
                Arguments.of("el Latin a inside Greek", "\u03b1\u03c0\u03b5\u03bb\u0061\u03c3\u03b7"),
                Arguments.of("en border force", "UK Border Force"),
                Arguments.of("en Frontex", "FRONTEX liaison"),
                Arguments.of("en forced return", "for a forced return"),
                Arguments.of("pt deportação", "processo de deportação"),
                Arguments.of("ru депортация", "депортация"));
    }

    /** Names and purposes of protective work that must pass. */
    static Stream<String> passed() {
        return Stream.of("Jugendamt Wien, guardianship team", "Handover of care to the guardian in Austria",
                "Deutsches Rotes Kreuz Suchdienst", "Afghan Red Crescent tracing service", "Refugio München",
                "copy of the Ausweis for the school", "Club Deportivo Leganés", "Consejo Superior de Deportes",
                "Consulado de Portugal", "Office for Children's Services", "Police station Mitte",
                "Service de l'aide sociale à l'enfance", "Tribunal pour enfants de Lyon",
                "Tribunale per i minorenni di Roma", "Servicio de Protección de Menores y Familia",
                "Raad voor de Kinderbescherming", "Ελληνικός Ερυθρός Σταυρός", "Εθνικό Κέντρο Κοινωνικής Αλληλεγγύης",
                "UNHCR Vienna", "Save the Children Italia", "Justice for children, legal aid office",
                "Sporting Clube de Portugal", "Family court, custody order",
                "Art. 24(3) Directive 2013/33/EU", "§ 42a SGB VIII", "Immigration lawyer for the asylum appeal",
                "Rückkehr in die Herkunftsfamilie", "Kinder- und Jugendhilfe Graz", "Polizia municipale, minori");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void everyVariantIsRefused(String variant, String text) {
        assertTrue(Firewall.refusal(Optional.of(DisclosurePurpose.OTHER), text).isPresent(),
                variant + ": " + text + " → " + FirewallText.words(text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passed")
    void protectiveWorkPasses(String text) {
        assertEquals(Optional.empty(), Firewall.refusal(Optional.of(DisclosurePurpose.CHILD_PROTECTION), text),
                text + " → " + FirewallText.words(text));
    }

    @Test
    void thereAreAtLeastFortyVariants() {
        assertTrue(refused().count() >= 12 + 30, "the issue's variants and 30 more");
    }

    @Test
    void theEnforcementPurposeIsRefused() {
        assertTrue(Firewall.refusal(Optional.of(DisclosurePurpose.IMMIGRATION_ENFORCEMENT)).isPresent());
    }

    @Test
    void protectivePurposesPass() {
        assertFalse(Firewall.refusal(Optional.of(DisclosurePurpose.CROSS_BORDER_CARE_HANDOVER),
                "Jugendamt Wien, guardianship team", "Handover of care to the guardian in Austria").isPresent());
        assertFalse(Firewall.refusal(Optional.empty(), "Deutsches Rotes Kreuz Suchdienst").isPresent());
    }

    @Test
    void enforcementWordsInEnglishGermanAndFrenchAreRefused() {
        assertTrue(Firewall.refusal(Optional.of(DisclosurePurpose.OTHER), "for the deportation hearing").isPresent());
        assertTrue(Firewall.refusal(Optional.of(DisclosurePurpose.OTHER), "Immigration Enforcement Unit").isPresent());
        assertTrue(Firewall.refusal(Optional.empty(), "Ausländerbehörde Köln").isPresent());
        assertTrue(Firewall.refusal(Optional.empty(), "zur Abschiebung").isPresent());
        assertTrue(Firewall.refusal(Optional.empty(), "Préfecture, service éloignement").isPresent());
    }

    @Test
    void anIdentityCardIsNoExpulsion() {
        assertFalse(Firewall.refusal(Optional.empty(), "copy of the Ausweis for the school").isPresent());
    }

    @Test
    void theFindingNamesTheFieldThatGaveItAway() {
        Optional<Firewall.Finding> finding = Firewall.refusal(Optional.of(DisclosurePurpose.FAMILY_REUNIFICATION),
                new java.util.LinkedHashMap<>(Map.of("recipient", "Jugendamt Wien")) {
                    {
                        put("legalBasis", "Deportation order of 3 May");
                    }
                }, List.of());
        assertEquals("legalBasis", finding.orElseThrow().field());
        assertTrue(finding.get().rule().contains("deportation"), finding.get().rule());
    }

    @Test
    void aBodyRegisteredForEnforcementIsRefusedByNameHoweverItIsSpelt() {
        List<String> registered = List.of("Servizio Centrale Operativo", "Kontrollstelle Nord");
        for (String text : List.of("Servizio Centrale Operativo", "servizio-centrale-operativo, Roma",
                "Servizio C\u0435ntrale Operativo", "ServizioCentraleOperativo", "Kontrollstelle\u00A0Nord")) {
            Optional<Firewall.Finding> finding = Firewall.refusal(Optional.empty(), Map.of("recipient", text),
                    registered);
            assertTrue(finding.isPresent(), text);
            assertTrue(finding.get().rule().startsWith("registered enforcement body"), finding.get().rule());
        }
        assertFalse(Firewall.refusal(Optional.empty(), Map.of("recipient", "Servizio sociale Roma Nord"), registered)
                .isPresent());
    }
}
