package eu.guardian.audit;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields a change altered, old and new, as the audit trail's details. Special-category data (health, ethnicity,
 * religion) and a child's names are recorded only as "changed", never their values.
 */
public final class Changes {

    /** Looked up once: {@code Json.create...} looks the provider up anew on every call (every audited change). */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final JsonObjectBuilder fields = JSON.createObjectBuilder();
    private boolean any;

    public static Changes none() {
        return new Changes();
    }

    public Changes field(String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(name, JSON.createArrayBuilder().add(String.valueOf(before)).add(String.valueOf(after)));
            any = true;
        }
        return this;
    }

    public Changes specialCategory(String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(name, "changed");
            any = true;
        }
        return this;
    }

    /**
     * Names and other direct identifiers: recorded as "changed" too. The trail can never be edited, and a closed case
     * must lose its identity when it is anonymised (retention), so the trail must never have held it.
     */
    public Changes identifying(String name, Object before, Object after) {
        return specialCategory(name, before, after);
    }

    public Changes note(String name, Object value) {
        fields.add(name, String.valueOf(value));
        any = true;
        return this;
    }

    public Optional<String> json() {
        return any ? Optional.of(fields.build().toString()) : Optional.empty();
    }
}
