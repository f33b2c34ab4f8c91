package eu.guardian.visit;

import java.util.Optional;

/**
 * What an interpreter interpreted (docs/domain-rules.md#the-laws-clocks), and the table of the record it belongs to:
 * a visit logs itself; the others are logged by whoever led the interaction, naming its record.
 */
public enum InterpretedInteraction {
    VISIT("visit"),
    AGE_INTERVIEW("age_assessment"),
    SCREENING("trafficking_screening"),
    BIA_HEARING("bia"),
    BID_PANEL("bid"),
    MISSING_DEBRIEF("missing_episode");

    private final String table;

    InterpretedInteraction(String table) {
        this.table = table;
    }

    /** The table holding the record a log entry of this kind refers to (a fixed name, never user input). */
    String table() {
        return table;
    }

    /** Kinds logged on their own (a visit's interpreter is logged with the visit). */
    static Optional<InterpretedInteraction> loggedOnItsOwn(InterpretedInteraction kind) {
        return kind == VISIT ? Optional.empty() : Optional.of(kind);
    }
}
