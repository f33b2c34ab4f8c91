package eu.guardian.guardian;

import java.util.List;

/** A guardian's registry entry as the authority typed it (page or API); dates are ISO dates. */
public record GuardianInput(
        String kind,
        String name,
        String actingPerson,
        String email,
        String phone,
        String region,
        String username,
        Integer caseloadCap,
        List<String> languages,
        String recordCheckOn,
        String recordCheckValidUntil,
        List<TrainingInput> trainings,
        List<ConflictInput> conflicts) {

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

    public List<ConflictInput> conflictsOrEmpty() {
        return conflicts == null ? List.of() : conflicts;
    }
}
