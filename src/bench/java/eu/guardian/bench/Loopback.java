package eu.guardian.bench;

import java.net.URI;
import java.util.Set;

/**
 * The generator writes a hundred thousand made-up children and the benchmark sends thousands of requests: both act
 * only on this machine, so that neither can be pointed at a shared or production database or server by mistake.
 */
final class Loopback {

    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    private Loopback() {
    }

    static URI requireHttp(String what, String address) {
        URI uri = URI.create(address);
        require(what, uri.getHost());
        return uri;
    }

    /** A JDBC URL such as {@code jdbc:mysql://127.0.0.1:3307/guardian?...}; multi-host URLs are refused. */
    static void requireJdbc(String url) {
        if (!url.startsWith("jdbc:mysql://") && !url.startsWith("jdbc:mariadb://")) {
            throw new IllegalArgumentException("Expected a jdbc:mysql:// URL, not " + url);
        }
        require("The database", URI.create(url.substring("jdbc:".length())).getHost());
    }

    private static void require(String what, String host) {
        if (host == null || !LOOPBACK_HOSTS.contains(host.toLowerCase())) {
            throw new IllegalArgumentException(what + " must be on this machine (localhost or 127.0.0.1), not "
                    + host + ": the bench tools never touch other machines.");
        }
    }
}
