package eu.guardian.child;

import jakarta.ejb.ApplicationException;

/** A closed case is read-only: any change to it is refused. */
@ApplicationException(rollback = true)
public class CaseClosedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CaseClosedException(String caseNumber) {
        super("The case " + caseNumber + " is closed and can no longer be changed");
    }
}
