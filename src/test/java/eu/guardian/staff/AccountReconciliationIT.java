package eu.guardian.staff;

import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import eu.guardian.testsupport.KeycloakDirect;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reconciliation lists what Keycloak and Guardian's records disagree on, and changes neither. */
class AccountReconciliationIT {

    @Test
    void anAccountRemovedInKeycloakAndALoginMadeByHandAreListed() {
        String removed = "rm-" + uniqueWord().toLowerCase();
        String id = StaffAccountsIT.accountWithPassword(removed, "auditor", "Pw-" + removed);
        KeycloakDirect.deleteUser(id);
        String byHand = "hand-" + uniqueWord().toLowerCase();
        String handId = KeycloakDirect.createUser(byHand, byHand + "@guardian.example");
        try {
            Api.Reply run = Api.postAs("admin1", "/api/accounts/drift/run", Map.of());
            assertEquals(200, run.status(), run.body());
            List<Map<String, Object>> drifts = new java.util.ArrayList<>(driftsOf(removed));
            drifts.addAll(driftsOf(byHand));
            assertTrue(drifts.stream().anyMatch(d -> "NO_ACCOUNT".equals(d.get("kind"))
                    && removed.equals(d.get("username"))), drifts.toString());
            assertTrue(drifts.stream().anyMatch(d -> "NO_RECORD".equals(d.get("kind"))
                    && byHand.equals(d.get("username"))), drifts.toString());
            assertTrue(driftsOf("service-account-guardian-accounts").isEmpty(), "Keycloak's service accounts are no one's");
            assertTrue(KeycloakDirect.user(byHand).isPresent(), "nothing is changed by the reconciliation");

            try (Browser admin = new Browser()) {
                admin.openSignedIn("/admin/account-drift.xhtml", "admin1");
                admin.await(driver -> admin.has("drift:table"));
                admin.click("drift:reconcile");
                admin.await(driver -> admin.pageText().contains("Reconciled:"));
            }
            assertEquals(403, Api.getAs("auditor1", "/api/accounts/drift").status());
        } finally {
            KeycloakDirect.deleteUser(handId);
        }
    }

    private static List<Map<String, Object>> driftsOf(String username) {
        return Api.getAs("admin1", "/api/accounts/drift?username=" + username).items();
    }
}
