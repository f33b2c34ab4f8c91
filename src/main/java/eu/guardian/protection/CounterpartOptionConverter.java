package eu.guardian.protection;

import eu.guardian.platform.i18n.Messages;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.protection.ProtectionRecords.CounterpartRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import java.util.List;

/** A chosen registry entry travels as its id and is read back from the registry (it may have changed meanwhile). */
@ApplicationScoped
@FacesConverter(value = "counterpartOption", managed = true)
public class CounterpartOptionConverter implements Converter<CounterpartRecord> {

    @Inject
    Counterparts counterparts;

    @Override
    public CounterpartRecord getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return counterparts.get(Long.parseLong(value.strip()));
        } catch (NumberFormatException | NotFound unknown) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(
                    context.getViewRoot().getLocale(), "protection.counterpart.unknown", List.of(value)), null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, CounterpartRecord value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
