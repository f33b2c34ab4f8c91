package eu.guardian.staff;

import java.util.Arrays;
import java.util.Optional;

/**
 * The realm roles an administrator gives with a staff account, and what each one needs besides: reception staff work
 * at care centres (Guardian's database), caseworkers and the authority within jurisdictions (the Keycloak user
 * attribute {@code regions}; {@code *} means national). Guardians get their login from the guardian registry, linked
 * to their registry entry, not here (docs/accounts.md).
 */
public enum StaffRole {
    RECEPTION("reception"),
    CASEWORKER("caseworker"),
    AUTHORITY("authority"),
    AUDITOR("auditor"),
    ADMIN("admin"),
    OPERATOR("operator");

    private final String id;

    StaffRole(String id) {
        this.id = id;
    }

    /** The role's name in Keycloak. */
    public String id() {
        return id;
    }

    public boolean needsCentres() {
        return this == RECEPTION;
    }

    public boolean needsRegions() {
        return this == CASEWORKER || this == AUTHORITY;
    }

    public static Optional<StaffRole> fromId(String id) {
        return Arrays.stream(values()).filter(role -> role.id.equals(id)).findFirst();
    }
}
