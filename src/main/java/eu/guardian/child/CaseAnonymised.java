package eu.guardian.child;

/**
 * The retention job erased a closed case's identity (CDI event, fired in the same transaction): each capability that
 * keeps free text about the child (notes, the child's own words) erases it too, so that nothing identifies the child.
 */
public record CaseAnonymised(long childId) {
}
