package eu.guardian.protection;

import jakarta.ejb.ApplicationException;

/**
 * A disclosure refused by the immigration firewall. The attempt is already in the audit trail (written in its own
 * transaction) when this is thrown; the API answers 403 with a message saying why.
 */
@ApplicationException(rollback = true)
public class FirewallRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FirewallRefusal(String why) {
        super("Refused by the immigration firewall: " + why);
    }
}
