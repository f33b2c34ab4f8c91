package eu.guardian.platform.settings;

import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /api/settings}: the deadlines, caps and intervals of the rules, and the public holidays that working-day
 * deadlines skip. Everyone signed in reads them (they explain deadlines); only the administrator changes them.
 */
@Path("settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class SettingsResource {

    public record SettingDto(String key, int value, int defaultValue, int minimum, int maximum) {
    }

    public record NewValue(Integer value) {
    }

    public record HolidayDto(String day, String name) {
    }

    /** The installation's time zone, e.g. "Europe/Berlin" or "UTC" (docs/languages.md). */
    public record TimeZoneDto(String timeZone) {
    }

    @Inject
    Settings settings;

    @GET
    public List<SettingDto> all() {
        return Arrays.stream(SettingKey.values()).map(key -> new SettingDto(key.key(), settings.value(key),
                key.defaultValue(), key.minimum(), key.maximum())).toList();
    }

    @PUT
    @Path("{key}")
    public SettingDto change(@PathParam("key") String key, NewValue newValue) {
        SettingKey setting = Arrays.stream(SettingKey.values()).filter(k -> k.key().equals(key)).findFirst()
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException());
        if (newValue == null || newValue.value() == null) {
            throw new InvalidInput("value", "validation.required");
        }
        if (!setting.accepts(newValue.value())) {
            throw new InvalidInput("value", "validation.between", setting.minimum(), setting.maximum());
        }
        settings.change(setting, newValue.value());
        return new SettingDto(setting.key(), newValue.value(), setting.defaultValue(), setting.minimum(),
                setting.maximum());
    }

    @GET
    @Path("time-zone")
    public TimeZoneDto timeZone() {
        return new TimeZoneDto(eu.guardian.platform.time.TimeZones.idOf(settings.timeZone()));
    }

    @PUT
    @Path("time-zone")
    public TimeZoneDto changeTimeZone(TimeZoneDto newZone) {
        if (newZone == null || newZone.timeZone() == null || newZone.timeZone().isBlank()) {
            throw new InvalidInput("timeZone", "validation.required");
        }
        return new TimeZoneDto(eu.guardian.platform.time.TimeZones.idOf(settings.changeTimeZone(newZone.timeZone())));
    }

    @GET
    @Path("holidays")
    public List<HolidayDto> holidays() {
        return settings.publicHolidays().stream().map(h -> new HolidayDto(h.getDay().toString(), h.getName()))
                .toList();
    }

    @POST
    @Path("holidays")
    public HolidayDto addHoliday(HolidayDto holiday) {
        if (holiday == null) {
            throw new BadRequestException("A day and a name are needed");
        }
        Checks checks = new Checks().required("day", holiday.day()).required("name", holiday.name())
                .maxLength("name", holiday.name(), 100);
        LocalDate day = checks.date("day", holiday.day()).orElse(null);
        checks.throwIfAny();
        settings.addPublicHoliday(day, holiday.name().strip());
        return holiday;
    }
}
