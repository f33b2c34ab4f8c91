package eu.guardian.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The realm roles Keycloak gives Guardian's users (docs/domain-rules.md#people-and-roles). There is deliberately no
 * role for immigration enforcement: data collected to protect a child is never shared for enforcement.
 */
public enum Role {
    RECEPTION(Names.RECEPTION),
    CASEWORKER(Names.CASEWORKER),
    GUARDIAN(Names.GUARDIAN),
    AUTHORITY(Names.AUTHORITY),
    AUDITOR(Names.AUDITOR),
    ADMIN(Names.ADMIN);

    /** Compile-time constants for {@code @RolesAllowed}, which cannot take enum values. */
    public static final class Names {
        public static final String RECEPTION = "reception";
        public static final String CASEWORKER = "caseworker";
        public static final String GUARDIAN = "guardian";
        public static final String AUTHORITY = "authority";
        public static final String AUDITOR = "auditor";
        public static final String ADMIN = "admin";

        private Names() {
        }
    }

    private final String id;

    Role(String id) {
        this.id = id;
    }

    /** The role's name in Keycloak, in tokens and in {@code @RolesAllowed}. */
    public String id() {
        return id;
    }

    /** The role's own landing page, which says what the role does in Guardian. */
    public String landingPage() {
        return "/" + id + "/index.xhtml";
    }

    public static Optional<Role> fromId(String id) {
        return Arrays.stream(values()).filter(role -> role.id.equals(id)).findFirst();
    }
}
