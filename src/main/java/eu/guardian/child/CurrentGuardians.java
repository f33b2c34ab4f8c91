package eu.guardian.child;

import eu.guardian.platform.persistence.SqlFragment;
import java.time.LocalDate;

/**
 * Who is a child's current guardian on a given day, as the guardianship capability decides it (it implements this).
 * The child capability sits below guardianship, yet its access rules and lists need the answer: this interface lets
 * child ask without knowing how guardianships are stored, and keeps the rule in guardianship alone.
 */
public interface CurrentGuardians {

    /** Whether the user (a guardian's login) is a current guardian of the child on the day. */
    boolean isCurrentGuardian(long childId, String username, LocalDate day);

    /** SQL condition: the child whose id is in {@code childIdColumn} is a current ward of the user on the day. */
    SqlFragment wardOfUser(String childIdColumn, String username, LocalDate day);

    /** SQL condition: the child is a current ward of the guardian (by the registry's id) on the day. */
    SqlFragment wardOfGuardian(String childIdColumn, long guardianId, LocalDate day);

    /** SQL scalar subquery: the name of the child's current guardian on the day (a full guardian before an interim). */
    SqlFragment nameOfGuardian(String childIdColumn, LocalDate day);
}
