package eu.guardian.visit;

import java.io.Serializable;
import java.time.LocalDate;

/** One follow-up row of a new visit entry: what is to be done, by whom, by when. */
public final class FollowUpRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String action;
    private String owner;
    private LocalDate dueOn;

    /** An empty row, due on the given day. */
    static FollowUpRow dueOn(LocalDate day) {
        FollowUpRow row = new FollowUpRow();
        row.dueOn = day;
        return row;
    }

    VisitInput.FollowUpInput input() {
        return new VisitInput.FollowUpInput(action, owner, dueOn == null ? null : dueOn.toString());
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
