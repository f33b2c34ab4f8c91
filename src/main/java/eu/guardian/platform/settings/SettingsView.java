package eu.guardian.platform.settings;

import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.web.FormMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The administrator's settings page: the rules' numbers (each with its current value, default and bounds) and the
 * public holidays that working-day deadlines skip.
 */
@Named
@ViewScoped
public class SettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String SETTINGS_FORM = "settingsForm";
    static final String HOLIDAY_FORM = "holidayForm";

    private static final Map<String, String> HOLIDAY_INPUTS = Map.of("day", "holidayDay", "name", "holidayName");
    private static final Map<String, String> HOLIDAY_LABELS = Map.of("day", "holiday.day", "name", "holiday.name");

    @Inject
    Settings settings;

    private List<Row> rows;
    private List<Holiday> holidays;
    private LocalDate holidayDay;
    private String holidayName;

    /** One setting as the page shows and edits it (a JavaBean for EL). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final SettingKey key;
        private int saved;
        private Integer value;

        Row(SettingKey key, int saved) {
            this.key = key;
            this.saved = saved;
            this.value = saved;
        }

        /** The input's id, e.g. {@code setting_DUE_SOON_DAYS}. */
        public String getInputId() {
            return "setting_" + key.name();
        }

        public String getName() {
            return key.name();
        }

        public String getKey() {
            return key.key();
        }

        public int getSaved() {
            return saved;
        }

        public int getDefaultValue() {
            return key.defaultValue();
        }

        public int getMinimum() {
            return key.minimum();
        }

        public int getMaximum() {
            return key.maximum();
        }

        public boolean isDefault() {
            return saved == key.defaultValue();
        }

        public Integer getValue() {
            return value;
        }

        public void setValue(Integer value) {
            this.value = value;
        }
    }

    /** A public holiday (a JavaBean for EL). */
    public record Holiday(LocalDate day, String name) implements Serializable {
    }

    @PostConstruct
    void init() {
        rows = Arrays.stream(SettingKey.values()).map(key -> new Row(key, settings.value(key))).toList();
        loadHolidays();
    }

    private void loadHolidays() {
        holidays = settings.publicHolidays().stream().map(h -> new Holiday(h.getDay(), h.getName())).toList();
    }

    /** Saves every changed setting, once all of them are within their bounds. */
    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean valid = true;
        for (Row row : rows) {
            if (row.value == null) {
                invalid(faces, row, "validation.required");
                valid = false;
            } else if (!row.key.accepts(row.value)) {
                invalid(faces, row, "validation.between", row.key.minimum(), row.key.maximum());
                valid = false;
            }
        }
        if (!valid) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, "validation.summary");
            faces.validationFailed();
            return;
        }
        int changed = 0;
        for (Row row : rows) {
            if (row.value != row.saved) {
                settings.change(row.key, row.value);
                row.saved = settings.value(row.key);
                row.value = row.saved;
                changed++;
            }
        }
        FormMessages.add(null, FacesMessage.SEVERITY_INFO, changed == 0 ? "settings.unchanged" : "settings.saved",
                changed);
    }

    private static void invalid(FacesContext faces, Row row, String key, Object... arguments) {
        UIComponent input = faces.getViewRoot().findComponent(":" + SETTINGS_FORM + ":" + row.getInputId());
        String clientId = null;
        if (input != null) {
            if (input instanceof UIInput field) {
                field.setValid(false);
            }
            clientId = input.getClientId(faces);
        }
        FormMessages.add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** Adds a public holiday; a day already in the calendar is not added twice. */
    public void addHoliday() {
        Checks checks = new Checks().required("day", holidayDay).required("name", holidayName)
                .maxLength("name", holidayName, 100);
        try {
            checks.that(holidayDay == null || holidays.stream().noneMatch(h -> h.day().equals(holidayDay)), "day",
                    "holiday.exists");
            checks.throwIfAny();
        } catch (InvalidInput invalid) {
            FormMessages.show(invalid, HOLIDAY_FORM, HOLIDAY_INPUTS, HOLIDAY_LABELS, null);
            return;
        }
        settings.addPublicHoliday(holidayDay, holidayName.strip());
        loadHolidays();
        FormMessages.add(null, FacesMessage.SEVERITY_INFO, "holiday.added", holidayName.strip());
        holidayDay = null;
        holidayName = null;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Holiday> getHolidays() {
        return holidays;
    }

    public LocalDate getHolidayDay() {
        return holidayDay;
    }

    public void setHolidayDay(LocalDate holidayDay) {
        this.holidayDay = holidayDay;
    }

    public String getHolidayName() {
        return holidayName;
    }

    public void setHolidayName(String holidayName) {
        this.holidayName = holidayName;
    }
}
