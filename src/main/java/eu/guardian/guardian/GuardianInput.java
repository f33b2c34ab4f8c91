package eu.guardian.guardian;

import java.util.List;

/**
 * A guardian's registry entry as the authority typed it (page or API); dates are ISO dates. {@code createLogin} asks
 * for a login in Keycloak (role guardian), named {@code loginUsername} or else the e-mail address, to which Keycloak
 * sends the invitation; the entry is linked to it by Keycloak's user id, never by a typed name of an existing login.
 */
public record GuardianInput(
        String kind,
        String name,
        String actingPerson,
        String email,
        String phone,
        String region,
        Integer caseloadCap,
        List<String> languages,
        String recordCheckOn,
        String recordCheckValidUntil,
        List<TrainingInput> trainings,
        List<ConflictInput> conflicts,
        Boolean createLogin,
        String loginUsername) {

    public record TrainingInput(String course, String completedOn, String validUntil) {
    }

    public record ConflictInput(Long centreId, String description) {
    }

    public List<String> languagesOrEmpty() {
        return languages == null ? List.of() : languages;
    }

    public List<TrainingInput> trainingsOrEmpty() {
        return trainings == null ? List.of() : trainings;
    }

    public boolean wantsLogin() {
        return Boolean.TRUE.equals(createLogin);
    }

    public List<ConflictInput> conflictsOrEmpty() {
        return conflicts == null ? List.of() : conflicts;
    }
}
