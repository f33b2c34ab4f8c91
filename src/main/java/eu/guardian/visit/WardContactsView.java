package eu.guardian.visit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** The contact columns of a guardian's "My children": read once per page, a few indexed lookups. */
@Named
@ViewScoped
public class WardContactsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactOversight oversight;

    private Map<Long, WardContact> contacts = Map.of();

    @PostConstruct
    void init() {
        contacts = Map.copyOf(oversight.myWards());
    }

    /** The ward's contact line, or null if the guardianship starts later. */
    public WardContact of(long childId) {
        return contacts.get(childId);
    }
}
