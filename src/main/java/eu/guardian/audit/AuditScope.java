package eu.guardian.audit;

import eu.guardian.platform.persistence.SqlFragment;

/**
 * Which part of the trail an auditor may read: the entries about the children within their jurisdiction (a regional
 * inspectorate its regions' children, the national one everything, including entries about no child). The trail knows
 * no children; {@code child.ChildAccess} answers, with the same rule as for the files themselves
 * (docs/jurisdictions.md, "Auditors and the trail").
 */
public interface AuditScope {

    /**
     * The caller's reach as one condition on a column holding an entry's child id; entries about no child pass only
     * for a national reader.
     */
    SqlFragment onChildId(String childIdColumn);

    /** Whether the caller may see this child's file (and so who read it). */
    boolean reaches(long childId);
}
