package eu.guardian.protection;

/**
 * The trafficking indicators of a screening (docs/domain-rules.md#trafficking-screening): the UNODC indicators for
 * children and the general ones. A "strong" indicator answered yes is a strong indication on its own.
 */
public enum Indicator {
    NO_ACCESS_TO_PARENTS(false),
    INTIMIDATED_OR_ATYPICAL_BEHAVIOUR(false),
    NO_FRIENDS_OF_OWN_AGE(false),
    NO_ACCESS_TO_EDUCATION(false),
    NO_TIME_TO_PLAY(false),
    LIVES_APART_OR_SUBSTANDARD_HOUSING(false),
    EATS_APART_FROM_FAMILY(false),
    ONLY_LEFTOVERS(false),
    WORK_UNSUITABLE_FOR_CHILDREN(true),
    TRAVELS_WITHOUT_ADULTS(false),
    TRAVELS_WITH_NON_RELATIVES(false),
    CHILD_SIZED_WORK_CLOTHING(true),
    ADULT_CLAIMS_FOUND_CHILD(true),
    CARRIES_TAXI_NUMBERS(false),
    SIGNS_OF_ILLEGAL_ADOPTION(true),
    DOCUMENTS_HELD_BY_OTHERS(true),
    MOVEMENT_CONTROLLED(true),
    DEBT_BONDAGE(true);

    private final boolean strong;

    Indicator(boolean strong) {
        this.strong = strong;
    }

    public boolean isStrong() {
        return strong;
    }

    /** Whether the indicator is one of the general ones (not specific to children). */
    public boolean isGeneral() {
        return this == DOCUMENTS_HELD_BY_OTHERS || this == MOVEMENT_CONTROLLED || this == DEBT_BONDAGE;
    }
}
