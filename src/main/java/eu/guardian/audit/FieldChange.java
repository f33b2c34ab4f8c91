package eu.guardian.audit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line of an entry's details as the auditor reads them: a field changed from one value to another, a field whose
 * values are masked (special category, names), or a note (what was done, with which reference).
 */
public record FieldChange(String field, Kind kind, Optional<String> before, Optional<String> after) {

    public enum Kind {
        CHANGED, MASKED, NOTE
    }

    /** The details as written by {@link Changes}; anything else (never expected) is shown as one note. */
    public static List<FieldChange> of(String details) {
        if (details == null || details.isBlank()) {
            return List.of();
        }
        JsonObject fields;
        try (JsonReader reader = Json.createReader(new StringReader(details))) {
            fields = reader.readObject();
        } catch (JsonParsingException | ClassCastException e) {
            return List.of(new FieldChange("details", Kind.NOTE, Optional.empty(), Optional.of(details)));
        }
        List<FieldChange> changes = new ArrayList<>();
        fields.forEach((name, value) -> changes.add(of(name, value)));
        return changes;
    }

    private static FieldChange of(String name, JsonValue value) {
        if (value instanceof JsonArray pair && pair.size() == 2) {
            return new FieldChange(name, Kind.CHANGED, Optional.of(text(pair.get(0))), Optional.of(text(pair.get(1))));
        }
        if (value instanceof JsonString masked && "changed".equals(masked.getString())) {
            return new FieldChange(name, Kind.MASKED, Optional.empty(), Optional.empty());
        }
        return new FieldChange(name, Kind.NOTE, Optional.empty(), Optional.of(text(value)));
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
