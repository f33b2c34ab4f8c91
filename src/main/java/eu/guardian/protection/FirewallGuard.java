package eu.guardian.protection;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Applies the immigration firewall to a disclosure: refused and recorded, or let through. Call it before the caller's
 * transaction writes its first audit entry: the refusal is recorded in a transaction of its own, which must be able to
 * take the audit chain's head.
 */
@Stateless
@PermitAll
public class FirewallGuard {

    @Inject
    FirewallLog log;

    public void check(long childId, String what, Optional<DisclosurePurpose> purpose, String recipient,
            String... texts) {
        String[] all = new String[texts.length + 1];
        System.arraycopy(texts, 0, all, 0, texts.length);
        all[texts.length] = recipient;
        Optional<String> refusal = Firewall.refusal(purpose, all);
        if (refusal.isPresent()) {
            log.refused(childId, what, purpose, recipient, refusal.get());
            throw new FirewallRefusal(refusal.get());
        }
    }
}
