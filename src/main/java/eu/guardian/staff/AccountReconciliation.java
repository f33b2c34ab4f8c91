package eu.guardian.staff;

import eu.guardian.platform.persistence.NativeRows;
import eu.guardian.platform.persistence.Page;
import eu.guardian.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares Keycloak's users with Guardian's records of them, every night and on demand, and keeps the findings for
 * the administrator: accounts without a record, records without an account, and differing state or role
 * (docs/accounts.md, "Reconciliation"). It changes neither side: a person decides.
 * <p>
 * Keycloak's users are read in pages of {@value #PAGE}, each page's records in one query; only the ids seen are kept
 * in memory (36 bytes each: 10 000 guardians and a few hundred staff are well under a megabyte), to find afterwards
 * the records whose account is gone. Runs on several servers at once only repeat the same findings.
 */
@Stateless
public class AccountReconciliation {

    static final int PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    Clock clock;

    /** Runs now and replaces the last findings; returns how many drifts it found. */
    @PermitAll
    public int reconcile() {
        Instant now = clock.instant();
        List<AccountDrift> drifts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Set<String>> roles = rolesOfUsers();
        for (int first = 0; ; first += PAGE) {
            List<KeycloakUser> page = keycloak.users(Optional.empty(), first, PAGE);
            List<KeycloakUser> users = page.stream().filter(user -> !user.isServiceAccount()).toList();
            Map<String, StaffAccount> records = em.createQuery(
                            "SELECT a FROM StaffAccount a WHERE a.keycloakId IN :ids", StaffAccount.class)
                    .setParameter("ids", users.isEmpty() ? List.of("-") : users.stream().map(KeycloakUser::id)
                            .toList()).getResultList().stream()
                    .collect(Collectors.toMap(StaffAccount::getKeycloakId, Function.identity()));
            for (KeycloakUser user : users) {
                seen.add(user.id());
                compare(user, Optional.ofNullable(records.get(user.id())), roles.getOrDefault(user.id(), Set.of()),
                        now).ifPresent(drifts::add);
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        for (long after = 0; ; ) {
            List<StaffAccount> records = em.createQuery("SELECT a FROM StaffAccount a WHERE a.id > :after"
                    + " ORDER BY a.id", StaffAccount.class).setParameter("after", after).setMaxResults(PAGE)
                    .getResultList();
            records.stream().filter(record -> !seen.contains(record.getKeycloakId())).forEach(record -> drifts.add(
                    new AccountDrift(AccountDrift.Kind.NO_ACCOUNT, record.getKeycloakId(),
                            record.getUsername(), record.getRole(), now)));
            if (records.size() < PAGE) {
                break;
            }
            after = records.get(records.size() - 1).getId();
        }
        em.createNativeQuery("DELETE FROM account_drift").executeUpdate();
        for (AccountDrift drift : drifts) {
            em.createNativeQuery("INSERT INTO account_drift (found_at, kind, keycloak_id, username, detail)"
                            + " VALUES (?, ?, ?, ?, ?)").setParameter(1, Timestamp.from(drift.foundAt()))
                    .setParameter(2, drift.kind().name()).setParameter(3, drift.keycloakId())
                    .setParameter(4, drift.username()).setParameter(5, drift.detail())
                    .executeUpdate();
        }
        return drifts.size();
    }

    /** What one Keycloak user and Guardian's record of it (if any) disagree on, if anything. */
    private Optional<AccountDrift> compare(KeycloakUser user, Optional<StaffAccount> record, Set<String> roles,
            Instant now) {
        if (record.isEmpty()) {
            return Optional.of(new AccountDrift(AccountDrift.Kind.NO_RECORD, user.id(), user.username(),
                    user.displayName(), now));
        }
        StaffAccount account = record.get();
        if (account.isActive() != user.enabled()) {
            return Optional.of(new AccountDrift(AccountDrift.Kind.STATUS_DIFFERS, user.id(),
                    user.username(), "Guardian: " + account.getStatus() + ", Keycloak: "
                            + (user.enabled() ? "enabled" : "disabled"), now));
        }
        if (!roles.contains(account.getRole())) {
            return Optional.of(new AccountDrift(AccountDrift.Kind.ROLE_DIFFERS, user.id(),
                    user.username(), "Guardian: " + account.getRole() + ", Keycloak: "
                            + String.join(",", roles), now));
        }
        return Optional.empty();
    }

    /** Each user's Guardian roles, read role by role (a few requests per role rather than one per user). */
    private Map<String, Set<String>> rolesOfUsers() {
        Map<String, Set<String>> roles = new HashMap<>();
        List<String> names = new ArrayList<>(Arrays.stream(StaffRole.values()).map(StaffRole::id).toList());
        names.add(Role.GUARDIAN.id());
        for (String role : names) {
            for (int first = 0; ; first += PAGE) {
                List<String> ids = keycloak.usersInRole(role, first, PAGE);
                ids.forEach(id -> roles.computeIfAbsent(id, key -> new HashSet<>()).add(role));
                if (ids.size() < PAGE) {
                    break;
                }
            }
        }
        return roles;
    }

    /** The last run's findings, a page at a time, by kind and name; optionally those of one login name only. */
    @RolesAllowed(Role.Names.ADMIN)
    public Page<AccountDrift> lastFindings(Optional<String> username, int page, int size) {
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        String name = username.map(String::strip).filter(u -> !u.isEmpty()).orElse(null);
        List<AccountDrift> items = NativeRows.list(em.createNativeQuery("SELECT kind, keycloak_id, username, detail,"
                        + " found_at FROM account_drift WHERE (? IS NULL OR username = ?)"
                        + " ORDER BY kind, username, id LIMIT ? OFFSET ?").setParameter(1, name).setParameter(2, name)
                .setParameter(3, pageSize).setParameter(4, pageNumber * pageSize)).stream()
                .map(row -> new AccountDrift(row.enumValue("kind", AccountDrift.Kind.class), row.text("keycloak_id"),
                        row.optionalText("username").orElse(""),
                        row.optionalText("detail").orElse(""), row.instant("found_at")))
                .toList();
        long total = NativeRows.first(em.createNativeQuery("SELECT COUNT(*) AS n FROM account_drift"
                        + " WHERE (? IS NULL OR username = ?)").setParameter(1, name).setParameter(2, name))
                .map(row -> row.number("n")).orElse(0L);
        return new Page<>(items, total, pageNumber, pageSize);
    }
}
