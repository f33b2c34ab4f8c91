package eu.guardian.visit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** "My children": the guardian's wards, read once per page. */
@Named
@ViewScoped
public class MyWardsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyWards myWards;

    private List<WardLine> lines = List.of();

    @PostConstruct
    void init() {
        lines = List.copyOf(myWards.lines());
    }

    public List<WardLine> getLines() {
        return lines;
    }
}
