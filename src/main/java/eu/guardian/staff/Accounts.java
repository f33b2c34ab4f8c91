package eu.guardian.staff;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Staff accounts, managed from Guardian in Keycloak, which alone holds credentials: the administrator lists and
 * searches them (paged by Keycloak), creates one with its role and its centres or regions, disables (ending the
 * person's sessions at once) and enables it, and sends the invitation again. The person sets their own password (and
 * OTP where required) on Keycloak's pages through the invitation; no password passes through Guardian.
 * <p>
 * Each action changes Guardian's database and Keycloak together: the database first, then Keycloak, with an undo for
 * Keycloak registered in case the transaction does not commit ({@link KeycloakUndo}); if Keycloak cannot be reached
 * the action fails as a whole ({@code Unavailable}). Every action is recorded in the audit trail: who did it (the
 * entry's user), what (the action) and for whom (the login's name as the entry's object). Guardian logins are made
 * through the guardian registry ({@link #createGuardianLogin}), linked to the registry entry by Keycloak's user id.
 */
@Stateless
public class Accounts {

    static final String OBJECT = "Account";
    private static final String USERNAME = "[a-z0-9][a-z0-9._@-]{1,99}";

    @PersistenceContext
    EntityManager em;

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    KeycloakUndo undo;

    @Inject
    AccountCounts counts;

    @Inject
    WorkPlaces centres;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "OIDC_CLIENT_ID")
    String appClientId;

    @Inject
    @ConfigProperty(name = "guardian.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "guardian.accounts.invitation-hours", defaultValue = "72")
    int invitationHours;

    /** Roles whose people must set up a one-time-password generator (the production realm demands it at sign-in). */
    @Inject
    @ConfigProperty(name = "guardian.accounts.otp-roles", defaultValue = " ")
    String otpRoles;

    /** A page of the realm's logins whose username, name or e-mail contains {@code search}, as Keycloak pages them. */
    @RolesAllowed(Role.Names.ADMIN)
    public Page<AccountRecord> list(Optional<String> search, int page, int size) {
        return list(search, AccountFilter.ALL, page, size);
    }

    /**
     * As {@link #list(Optional, int, int)}, narrowed by {@code filter}: enabled or disabled as Keycloak pages them;
     * those never signed in from Guardian's records ({@link AccountCounts}), the search then ignored.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Page<AccountRecord> list(Optional<String> search, AccountFilter filter, int page, int size) {
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        if (filter == AccountFilter.AWAITING_SIGN_IN) {
            List<KeycloakUser> users = counts.awaitingSignIn(pageNumber * pageSize, pageSize).stream()
                    .map(keycloak::user).flatMap(Optional::stream).toList();
            return new Page<>(records(users), counts.count(filter), pageNumber, pageSize);
        }
        Optional<String> term = search.map(String::strip).filter(s -> !s.isEmpty());
        List<KeycloakUser> users = keycloak.users(term, filter.enabled(), pageNumber * pageSize, pageSize);
        return new Page<>(records(users), Math.min(keycloak.countUsers(term, filter.enabled()), Page.COUNT_LIMIT),
                pageNumber, pageSize);
    }

    private List<AccountRecord> records(List<KeycloakUser> users) {
        Map<String, StaffAccount> records = recordsOf(users.stream().map(KeycloakUser::id).toList());
        return users.stream().map(user -> AccountRecord.of(user, Optional.ofNullable(records.get(user.id()))))
                .toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public AccountRecord account(String keycloakId) {
        KeycloakUser user = keycloak.user(keycloakId).orElseThrow(() -> new NotFound("Account " + keycloakId));
        return AccountRecord.of(user, record(keycloakId));
    }

    /** The care centres a reception login works at. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<Long> centresOf(String keycloakId) {
        return record(keycloakId).map(account -> centres.centresOf(account.getUsername())).orElse(List.of());
    }

    /**
     * Creates the login in Keycloak with its role and jurisdictions, records it, assigns its care centres and has
     * Keycloak send the invitation; all of it or nothing.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public AccountRecord create(AccountInput input) {
        StaffRole role = validate(input);
        String username = input.username().strip().toLowerCase();
        List<String> regions = role.needsRegions() ? cleanRegions(input.regionsOrEmpty()) : List.of();
        KeycloakUser user = createLogin(username, input.firstName().strip(), input.lastName().strip(),
                input.email().strip(), role.id(), regions);
        if (role.needsCentres()) {
            centres.assignStaff(username, new LinkedHashSet<>(input.centreIdsOrEmpty()));
        }
        audit.record(AuditAction.CREATE, OBJECT, username, Optional.empty(), Changes.none().note("role", role.id())
                .note("regions", String.join(",", regions)).note("centres", input.centreIdsOrEmpty().stream()
                        .map(String::valueOf).collect(Collectors.joining(","))));
        invite(user.id());
        return AccountRecord.of(user, record(user.id()));
    }

    /**
     * A guardian's login, for the guardian registry: made, recorded and invited like a staff account, with the role
     * guardian. Returns the login as Keycloak made it; the registry links it by its id.
     */
    @RolesAllowed(Role.Names.AUTHORITY)
    public KeycloakUser createGuardianLogin(String username, String name, String email) {
        Checks checks = new Checks().required("loginUsername", username).required("email", email);
        checks.that(username == null || username.strip().toLowerCase().matches(USERNAME), "loginUsername",
                "account.usernameRule");
        checks.throwIfAny();
        String login = username.strip().toLowerCase();
        String[] names = name.strip().split("\\s+", 2);
        KeycloakUser user = createLogin(login, names[0], names.length > 1 ? names[1] : "", email.strip(),
                Role.GUARDIAN.id(), List.of());
        audit.record(AuditAction.CREATE, OBJECT, login, Optional.empty(), Changes.none().note("role", "guardian"));
        invite(user.id());
        return user;
    }

    /** Disables a staff login and ends its sessions; a guardian's goes through the guardian registry (wards). */
    @RolesAllowed(Role.Names.ADMIN)
    public AccountRecord disable(String keycloakId) {
        StaffAccount account = managed(keycloakId);
        if (Role.GUARDIAN.id().equals(account.getRole())) {
            throw new Conflict("account.guardianThroughRegistry", List.of());
        }
        disableLogin(account);
        return account(keycloakId);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public AccountRecord enable(String keycloakId) {
        StaffAccount account = managed(keycloakId);
        if (Role.GUARDIAN.id().equals(account.getRole())) {
            throw new Conflict("account.guardianThroughRegistry", List.of());
        }
        enableLogin(account);
        return account(keycloakId);
    }

    /** Has Keycloak send the invitation again (a new link; the old one stays valid until it expires). */
    @RolesAllowed(Role.Names.ADMIN)
    public AccountRecord resendInvitation(String keycloakId) {
        managed(keycloakId);
        invite(keycloakId);
        return account(keycloakId);
    }

    /** For the guardian registry: the guardian's login can no longer sign in, and their sessions end now. */
    @RolesAllowed(Role.Names.AUTHORITY)
    public void disableGuardianLogin(String keycloakId) {
        disableLogin(managedOrTakenOver(keycloakId, Role.GUARDIAN));
    }

    @RolesAllowed(Role.Names.AUTHORITY)
    public void enableGuardianLogin(String keycloakId) {
        enableLogin(managedOrTakenOver(keycloakId, Role.GUARDIAN));
    }

    /** For the guardian registry: the login of this name, if Keycloak has one (to link a login made by hand). */
    @RolesAllowed(Role.Names.AUTHORITY)
    public Optional<KeycloakUser> loginNamed(String username) {
        return keycloak.userByUsername(username.strip().toLowerCase());
    }

    // ---- the steps ----

    /**
     * Creates the user in Keycloak (no credential; the invitation's required actions) with its role, and records it;
     * from the moment Keycloak made it, it is removed again unless this transaction commits.
     */
    private KeycloakUser createLogin(String username, String firstName, String lastName, String email, String role,
            List<String> regions) {
        String id = keycloak.createUser(username, firstName, lastName, email, regions, requiredActions(role));
        undo.unlessCommitted("created login " + username, admin -> admin.deleteUser(id));
        keycloak.assignRealmRole(id, role);
        em.persist(new StaffAccount(id, username, role, currentUser.getName(), clock.instant()));
        try {
            // now, not at the commit: a record already there (a drift) is a message, and the login is removed again
            em.flush();
        } catch (PersistenceException e) {
            throw new InvalidInput("username", "account.recordExists");
        }
        return keycloak.user(id).orElseThrow(() -> new NotFound("Account " + id));
    }

    private void invite(String keycloakId) {
        StaffAccount account = record(keycloakId).orElseThrow(() -> new NotFound("Account " + keycloakId));
        account.invited(clock.instant());
        audit.record(AuditAction.INVITE, OBJECT, account.getUsername(), Optional.empty(), Changes.none());
        em.flush();
        // the e-mail last: if the database refused anything, no invitation went out
        keycloak.sendActionsEmail(keycloakId, requiredActions(account.getRole()), appClientId,
                publicUrl.replaceAll("/+$", "") + "/", invitationHours * 3600);
    }

    private void disableLogin(StaffAccount account) {
        account.disable();
        audit.record(AuditAction.DISABLE, OBJECT, account.getUsername(), Optional.empty(), Changes.none());
        em.flush();
        keycloak.setEnabled(account.getKeycloakId(), false);
        undo.unlessCommitted("disabled login " + account.getUsername(),
                admin -> admin.setEnabled(account.getKeycloakId(), true));
        keycloak.endSessions(account.getKeycloakId());
    }

    private void enableLogin(StaffAccount account) {
        account.enable();
        audit.record(AuditAction.ENABLE, OBJECT, account.getUsername(), Optional.empty(), Changes.none());
        em.flush();
        keycloak.setEnabled(account.getKeycloakId(), true);
        undo.unlessCommitted("enabled login " + account.getUsername(),
                admin -> admin.setEnabled(account.getKeycloakId(), false));
    }

    private List<String> requiredActions(String role) {
        List<String> actions = new ArrayList<>(List.of("UPDATE_PASSWORD"));
        if (Arrays.stream(otpRoles.split(",")).map(String::strip).anyMatch(role::equals)) {
            actions.add("CONFIGURE_TOTP");
        }
        return actions;
    }

    private StaffRole validate(AccountInput input) {
        Checks checks = new Checks().required("username", input.username()).required("firstName", input.firstName())
                .required("lastName", input.lastName()).required("email", input.email())
                .required("role", input.role()).maxLength("firstName", input.firstName(), 100)
                .maxLength("lastName", input.lastName(), 100).maxLength("email", input.email(), 200);
        checks.that(input.username() == null || input.username().strip().toLowerCase().matches(USERNAME),
                "username", "account.usernameRule");
        checks.that(input.email() == null || input.email().isBlank() || input.email().strip()
                .matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email", "validation.email");
        Optional<StaffRole> role = Optional.ofNullable(input.role()).flatMap(StaffRole::fromId);
        checks.that(input.role() == null || role.isPresent(), "role", "account.unknownRole");
        role.filter(StaffRole::needsCentres).ifPresent(r -> checks.that(!input.centreIdsOrEmpty().isEmpty(),
                "centreIds", "account.centreRequired"));
        Set<Long> knownCentres = centres.centres().stream().map(WorkPlaces.Centre::id).collect(Collectors.toSet());
        input.centreIdsOrEmpty().forEach(id -> checks.that(knownCentres.contains(id), "centreIds",
                "validation.unknownCentre"));
        role.filter(StaffRole::needsRegions).ifPresent(r -> {
            List<String> regions = cleanRegions(input.regionsOrEmpty());
            checks.that(!regions.isEmpty(), "regions", "account.regionRequired");
            checks.that(!regions.contains("*") || regions.size() == 1, "regions", "account.nationalAlone");
            List<String> known = centres.regions();
            regions.stream().filter(region -> !"*".equals(region) && !known.contains(region)).forEach(region ->
                    checks.that(false, "regions", "account.unknownRegion", region));
        });
        checks.throwIfAny();
        return role.orElseThrow();
    }

    private static List<String> cleanRegions(List<String> regions) {
        return regions.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).distinct().toList();
    }

    private Optional<StaffAccount> record(String keycloakId) {
        return em.createQuery("SELECT a FROM StaffAccount a WHERE a.keycloakId = :id", StaffAccount.class)
                .setParameter("id", keycloakId).setMaxResults(1).getResultList().stream().findFirst();
    }

    private StaffAccount managed(String keycloakId) {
        return record(keycloakId).orElseThrow(() -> new NotFound("Account " + keycloakId));
    }

    /** A guardian login Keycloak has but Guardian has no record of (made by hand before issue 14): recorded now. */
    private StaffAccount managedOrTakenOver(String keycloakId, Role role) {
        return record(keycloakId).orElseGet(() -> {
            KeycloakUser user = keycloak.user(keycloakId).orElseThrow(() -> new NotFound("Account " + keycloakId));
            StaffAccount account = new StaffAccount(keycloakId, user.username(), role.id(), currentUser.getName(),
                    clock.instant());
            em.persist(account);
            return account;
        });
    }

    private Map<String, StaffAccount> recordsOf(List<String> keycloakIds) {
        if (keycloakIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT a FROM StaffAccount a WHERE a.keycloakId IN :ids", StaffAccount.class)
                .setParameter("ids", keycloakIds).getResultList().stream()
                .collect(Collectors.toMap(StaffAccount::getKeycloakId, Function.identity()));
    }
}
