package eu.guardian.visit;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** A safeguarding concern raised with a new visit entry: only when the box is ticked, then type, urgency, what. */
public class ConcernForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean raise;
    private String type;
    private String urgency;
    private String description;

    /** The concern as the entry sends it: none unless raised. */
    List<VisitInput.ConcernInput> inputIfRaised() {
        return raise ? List.of(new VisitInput.ConcernInput(type, urgency, description)) : List.of();
    }

    public List<String> getTypes() {
        return Arrays.stream(ConcernType.values()).map(Enum::name).toList();
    }

    public List<String> getUrgencies() {
        return Arrays.stream(Urgency.values()).map(Enum::name).toList();
    }

    public boolean isRaise() {
        return raise;
    }

    public void setRaise(boolean raise) {
        this.raise = raise;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getUrgency() {
        return urgency;
    }

    public void setUrgency(String urgency) {
        this.urgency = urgency;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
