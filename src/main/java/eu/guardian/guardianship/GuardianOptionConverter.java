package eu.guardian.guardianship;

import eu.guardian.guardian.GuardianRegistry;
import eu.guardian.platform.i18n.Messages;
import eu.guardian.platform.validation.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A chosen guardian travels as its registry id; read back, it is looked up again (it may have changed meanwhile).
 * A CDI bean (the scope annotation makes it one under "annotated" discovery), so that it can use the registry.
 */
@ApplicationScoped
@FacesConverter(value = "guardianOption", managed = true)
public class GuardianOptionConverter implements Converter<GuardianOption> {

    @Inject
    GuardianRegistry guardians;

    @Override
    public GuardianOption getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return GuardianOption.of(guardians.profile(Long.parseLong(value.strip())));
        } catch (NumberFormatException | NotFound unknown) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(
                    context.getViewRoot().getLocale(), "guardianPicker.unknown", List.of()), null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, GuardianOption value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
