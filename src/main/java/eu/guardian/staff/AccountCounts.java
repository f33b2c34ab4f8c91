package eu.guardian.staff;

import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.web.WorkCount;
import eu.guardian.platform.web.WorkCounts;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The administrator's counts of logins (docs/accounts.md, "Counts"), on the landing page and behind the accounts
 * list's filter: enabled and disabled as Keycloak counts them, and Guardian's accounts whose person has not signed in
 * once since the account was made (no sign-in in the audit trail; read through its index on user and action).
 */
@Stateless
@LocalBean
@Local(WorkCounts.class)
public class AccountCounts implements WorkCounts {

    private static final String AWAITING = " FROM staff_account a WHERE a.status = 'ACTIVE' AND NOT EXISTS"
            + " (SELECT 1 FROM audit_entry e WHERE e.username = a.username AND e.action = 'SIGN_IN')";
    static final String LIST = "/admin/accounts.xhtml?status=";

    @PersistenceContext
    EntityManager em;

    @Inject
    KeycloakAdmin keycloak;

    /** Only for the administrator: the roles are the signed-in user's (LandingView). */
    @Override
    public List<WorkCount> countsFor(Set<Role> roles) {
        if (!roles.contains(Role.ADMIN)) {
            return List.of();
        }
        return List.of(
                WorkCount.urgent(Role.ADMIN, "ux.work.accountsAwaitingSignIn", count(AccountFilter.AWAITING_SIGN_IN),
                        LIST + AccountFilter.AWAITING_SIGN_IN, 10),
                WorkCount.info(Role.ADMIN, "ux.work.accountsActive", count(AccountFilter.ACTIVE),
                        LIST + AccountFilter.ACTIVE, 20),
                WorkCount.info(Role.ADMIN, "ux.work.accountsDisabled", count(AccountFilter.DISABLED),
                        LIST + AccountFilter.DISABLED, 30));
    }

    /** How many logins the filter selects, up to {@link Page#COUNT_LIMIT}. */
    @RolesAllowed(Role.Names.ADMIN)
    public long count(AccountFilter filter) {
        if (filter == AccountFilter.AWAITING_SIGN_IN) {
            return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1" + AWAITING + " LIMIT ?) capped")
                    .setParameter(1, Page.COUNT_LIMIT).getSingleResult()).longValue();
        }
        return Math.min(keycloak.countUsers(Optional.empty(), filter.enabled()), Page.COUNT_LIMIT);
    }

    /** Keycloak ids of the accounts never signed in, newest first. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<String> awaitingSignIn(int first, int max) {
        return em.createNativeQuery("SELECT a.keycloak_id" + AWAITING + " ORDER BY a.created_at DESC, a.id DESC"
                        + " LIMIT ? OFFSET ?").setParameter(1, max).setParameter(2, first).getResultList().stream()
                .map(String::valueOf).toList();
    }
}
