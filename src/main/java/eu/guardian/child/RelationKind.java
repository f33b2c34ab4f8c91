package eu.guardian.child;

/** How two children are related (docs/domain-rules.md#siblings-and-relatives). */
public enum RelationKind {
    SIBLING, COUSIN, TRAVELLING_COMPANION
}
