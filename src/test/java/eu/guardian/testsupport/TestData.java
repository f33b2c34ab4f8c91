package eu.guardian.testsupport;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds API inputs with unique names, so that tests never meet each other's data, in any order, run after run. */
public final class TestData {

    private TestData() {
    }

    /** A short random word of letters, to make names unique (digits are not in names). */
    public static String uniqueWord() {
        String hex = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        StringBuilder word = new StringBuilder("Z");
        for (char c : hex.toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }

    /** A child as reception would register them; change any field with {@code with}. */
    public static Map<String, Object> child(String familyName) {
        Map<String, Object> child = new HashMap<>();
        child.put("givenNames", "Amina");
        child.put("familyName", familyName);
        child.put("sex", "FEMALE");
        child.put("birthDate", LocalDate.now().minusYears(15).toString());
        child.put("birthDatePrecision", "ESTIMATED");
        child.put("nationalityKind", "COUNTRY");
        child.put("nationalityCode", "AF");
        child.put("languages", List.of("ps", "prs"));
        child.put("preferredLanguage", "ps");
        child.put("identifiedOn", LocalDate.now().minusDays(2).toString());
        child.put("identifiedPlace", "Central station");
        child.put("region", "North");
        child.put("placementKind", "RECEPTION_CENTRE");
        child.put("place", "Dormitory B");
        return child;
    }

    public static Map<String, Object> with(Map<String, Object> base, Object... keysAndValues) {
        Map<String, Object> copy = new HashMap<>(base);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return copy;
    }

    /** A vetted, trained guardian (valid record check and training). */
    public static Map<String, Object> guardian(String name) {
        Map<String, Object> guardian = new HashMap<>();
        guardian.put("kind", "PROFESSIONAL");
        guardian.put("name", name);
        guardian.put("region", "North");
        guardian.put("languages", List.of("de", "ps"));
        guardian.put("recordCheckOn", LocalDate.now().minusMonths(2).toString());
        guardian.put("recordCheckValidUntil", LocalDate.now().plusYears(3).toString());
        guardian.put("trainings", List.of(Map.of("course", "Guardianship basics",
                "completedOn", LocalDate.now().minusMonths(1).toString())));
        return guardian;
    }

    public static Map<String, Object> appointment(long guardianId) {
        Map<String, Object> appointment = new HashMap<>();
        appointment.put("guardianId", guardianId);
        appointment.put("kind", "FULL");
        appointment.put("decisionReference", "AG-" + uniqueWord());
        appointment.put("appointedOn", LocalDate.now().toString());
        appointment.put("childInformedOn", LocalDate.now().toString());
        return appointment;
    }

    /** The registry id of the demo guardian linked to a login (guardian1, guardian2). */
    public static long guardianIdOf(String username) {
        return Api.getAs("authority1", "/api/guardians?size=200").items().stream()
                .filter(g -> username.equals(g.get("username"))).map(g -> ((Number) g.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    public static Map<String, Object> discharge(String reason) {
        return Map.of("endReason", reason, "endedOn", LocalDate.now().toString(), "note", "test clean-up");
    }
}
