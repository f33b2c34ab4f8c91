package eu.guardian.child;

import eu.guardian.platform.reference.CareCentre;
import java.io.Serializable;

/** A care centre as a choice in the registration form and the placement dialog (a JavaBean for EL). */
public final class CentreOption implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String name;
    private final String region;

    private CentreOption(Long id, String name, String region) {
        this.id = id;
        this.name = name;
        this.region = region;
    }

    static CentreOption of(CareCentre centre) {
        return new CentreOption(centre.getId(), centre.getName(), centre.getRegion());
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getRegion() {
        return region;
    }
}
