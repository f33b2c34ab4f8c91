package eu.guardian.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Who may read Guardian's operational figures ({@code /metrics}): a caller with a Keycloak access token of the realm
 * role {@value #ROLE}, or, unless switched off, a program on the same machine that talks to Guardian directly (from
 * the loopback interface, not through a proxy that names the original client). README, "Operations: /metrics".
 */
public final class OperatorAccess {

    /** A realm role for monitoring; it gives no access to any child's file or any page. */
    public static final String ROLE = "operator";

    private OperatorAccess() {
    }

    public static boolean permits(HttpServletRequest request, boolean loopbackAllowed) {
        return request.isUserInRole(ROLE) || loopbackAllowed && isLocalAndDirect(request);
    }

    /** From this machine and not forwarded: a proxy on this machine (a load balancer) adds X-Forwarded-For. */
    static boolean isLocalAndDirect(HttpServletRequest request) {
        if (request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null) {
            return false;
        }
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
