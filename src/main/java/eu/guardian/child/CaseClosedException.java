package eu.guardian.child;

import eu.guardian.platform.validation.Conflict;
import jakarta.ejb.ApplicationException;
import java.util.List;

/** A closed case is read-only: any change to it is refused (a conflict with the case's state, HTTP 409). */
@ApplicationException(rollback = true)
public class CaseClosedException extends Conflict {

    private static final long serialVersionUID = 1L;

    private final String caseNumber;

    public CaseClosedException(String caseNumber) {
        super("child.closed", List.of());
        this.caseNumber = caseNumber;
    }

    @Override
    public String getMessage() {
        return "The case " + caseNumber + " is closed and can no longer be changed";
    }
}
