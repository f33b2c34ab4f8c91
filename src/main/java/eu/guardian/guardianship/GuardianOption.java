package eu.guardian.guardianship;

import eu.guardian.guardian.GuardianRegistry;
import eu.guardian.guardian.GuardianSummary;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A guardian of the registry as a choice in the appointment and change dialogs: found by the beginning of the name
 * (the registry holds thousands, so the dialogs search it instead of listing it), labelled with region and caseload.
 */
public record GuardianOption(long id, String label) implements Serializable {

    /** Choices offered while typing. */
    static final int COMPLETIONS = 15;

    static GuardianOption of(GuardianSummary guardian) {
        return new GuardianOption(guardian.id(), guardian.name() + " (" + guardian.region() + ", "
                + guardian.currentLoad() + "/" + guardian.caseloadCap() + ")");
    }

    /** The guardians whose name starts with what was typed, but the one to be replaced. */
    static List<GuardianOption> startingWith(GuardianRegistry guardians, String typed, Optional<Long> except) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return guardians.list(Optional.of(typed), Optional.empty(), 0, COMPLETIONS + 1).items().stream()
                .filter(guardian -> except.filter(id -> id == guardian.id()).isEmpty())
                .limit(COMPLETIONS).map(GuardianOption::of).toList();
    }
}
