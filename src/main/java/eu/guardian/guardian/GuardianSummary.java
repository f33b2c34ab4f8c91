package eu.guardian.guardian;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A guardian as lists and profiles show them: particulars, load against the cap, and what expires when. */
public record GuardianSummary(long id, GuardianKind kind, String name, String actingPerson, String email, String phone,
        String region, String username, boolean loginLinked, int currentLoad, int caseloadCap, boolean active,
        LocalDate recordCheckOn, LocalDate recordCheckValidUntil, Set<String> languages, List<TrainingRecord> trainings,
        List<Long> conflictCentreIds, long version) implements Serializable {

    public record TrainingRecord(String course, LocalDate completedOn, LocalDate validUntil) implements Serializable {
    }

    public static GuardianSummary of(Guardian guardian, int generalCap) {
        return new GuardianSummary(guardian.getId(), guardian.getKind(), guardian.getName(),
                guardian.getActingPerson(), guardian.getEmail(), guardian.getPhone(), guardian.getRegion(),
                guardian.getUsername(), guardian.keycloakId().isPresent(), guardian.getCurrentLoad(), guardian.capOr(generalCap), guardian.isActive(),
                guardian.getRecordCheckOn(), guardian.getRecordCheckValidUntil(), guardian.getLanguages(),
                guardian.getTrainings().stream().map(t -> new TrainingRecord(t.getCourse(), t.getCompletedOn(),
                        t.getValidUntil())).toList(),
                guardian.getConflicts().stream().map(ConflictOfInterest::getCentreId).toList(), guardian.getVersion());
    }
}
