package eu.guardian.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import eu.guardian.testsupport.Tokens;
import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What Guardian's answers tell browsers (cookie flags, Content-Security-Policy, no sniffing, no Referer, no server
 * banner), who may read /metrics, and what Guardian's JVM listens on.
 */
class HeadersCookiesAndListenersIT {

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndSecureWhenServedOverTls() {
        String plain = sessionCookie(Api.exchange(Api.request("/caseworker/index.xhtml")));
        assertTrue(plain.contains("HttpOnly"), plain);
        assertTrue(plain.toLowerCase().contains("samesite=lax"), plain);
        assertFalse(plain.contains("Secure"), "over plain HTTP (development) the browser would drop it: " + plain);

        String behindTlsProxy = sessionCookie(Api.exchange(Api.request("/caseworker/index.xhtml")
                .header("X-Forwarded-Proto", "https")));
        assertTrue(behindTlsProxy.contains("Secure"), behindTlsProxy);
    }

    @Test
    void pagesAllowOnlyTheirOwnScriptsAndNoAnswerSniffsRefersOrNamesTheServer() {
        try (Browser browser = new Browser()) {
            browser.openSignedIn("/caseworker/index.xhtml", "caseworker1");
            HttpResponse<String> page = Api.exchange(Api.request("/caseworker/index.xhtml")
                    .header("Cookie", browser.cookieHeader()));
            assertEquals(200, page.statusCode());
            String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
            Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'").matcher(policy);
            assertTrue(nonce.find(), policy);
            assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'"), policy);
            Matcher scripts = Pattern.compile("<script[^>]*>").matcher(page.body());
            int count = 0;
            while (scripts.find()) {
                count++;
                assertTrue(scripts.group().contains("src=\"") || scripts.group().contains("nonce=\"" + nonce.group(1)),
                        "an inline script without the page's nonce: " + scripts.group());
            }
            assertTrue(count > 0);
            assertFalse(Pattern.compile("<[^>]+\\son(click|change|load|submit|keyup|keydown|focus|blur)=\"")
                    .matcher(page.body()).find(), "no inline event handler attributes");
            assertCommonHeaders(page);
        }
        HttpResponse<String> api = Api.exchange(Api.request("/api/me")
                .header("Authorization", "Bearer " + Tokens.accessToken("caseworker1")));
        assertEquals(200, api.statusCode());
        assertEquals("default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
                api.headers().firstValue("Content-Security-Policy").orElse(""));
        assertCommonHeaders(api);
        assertCommonHeaders(Api.exchange(Api.request("/api/me").header("Authorization", "Bearer forged")));
    }

    @Test
    void metricsAnswerOperatorsAndProgramsOnThisMachineOnly() {
        // A caller from elsewhere, through a proxy or load balancer that names it.
        HttpResponse<String> remote = Api.exchange(Api.request("/metrics").header("X-Forwarded-For", "203.0.113.9"));
        assertEquals(401, remote.statusCode());
        assertFalse(remote.body().contains("jvm_"), remote.body());

        HttpResponse<String> caseworker = Api.exchange(Api.request("/metrics").header("X-Forwarded-For", "203.0.113.9")
                .header("Authorization", "Bearer " + Tokens.accessToken("caseworker1")));
        assertEquals(403, caseworker.statusCode());

        HttpResponse<String> operator = Api.exchange(Api.request("/metrics").header("X-Forwarded-For", "203.0.113.9")
                .header("Authorization", "Bearer " + Tokens.accessToken("operator1")));
        assertEquals(200, operator.statusCode());
        assertTrue(operator.body().contains("jvm_memory_used_bytes{area=\"heap\"}"), operator.body());

        assertEquals(200, Api.exchange(Api.request("/metrics")).statusCode(), "a program on this machine, directly");
        assertEquals(403, Api.get("/api/me", Tokens.accessToken("operator1")).status(), "operators see no data");
    }

    @Test
    void guardiansJvmListensOnItsHttpPortOnLoopbackAndNowhereElse() throws IOException {
        Path run = Path.of(System.getProperty("guardian.work", "target/it"), "run");
        long pid = Long.parseLong(Files.readString(run.resolve("payara.pid")).trim());
        int port = Integer.getInteger("guardian.it.appPort", 18080);
        assertEquals(List.of("127.0.0.1:" + port), listeningSockets(pid));
    }

    private static void assertCommonHeaders(HttpResponse<String> answer) {
        assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-referrer", answer.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(answer.headers().firstValue("Server").isEmpty(), "no server banner");
        assertTrue(answer.headers().firstValue("X-Powered-By").isEmpty());
    }

    private static String sessionCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + answer.headers().map()));
    }

    /** The TCP sockets a process listens on, from /proc (as ss -ltnp shows them), e.g. 127.0.0.1:18080. */
    private static List<String> listeningSockets(long pid) throws IOException {
        Set<String> inodes;
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            inodes = fds.map(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString();
                } catch (IOException gone) {
                    return "";
                }
            }).filter(link -> link.startsWith("socket:[")).map(link -> link.substring(8, link.length() - 1))
                    .collect(Collectors.toSet());
        }
        List<String> listening = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.trim().split("\\s+");
                if (fields[3].equals("0A") && inodes.contains(fields[9])) {
                    String[] address = fields[1].split(":");
                    listening.add(address(address[0]) + ":" + Integer.parseInt(address[1], 16));
                }
            }
        }
        return listening;
    }

    /** /proc/net/tcp* write addresses as 32-bit words in the machine's (little-endian) byte order. */
    private static String address(String hex) throws IOException {
        byte[] bytes = HexFormat.of().parseHex(hex);
        for (int word = 0; word < bytes.length; word += 4) {
            for (int i = 0; i < 2; i++) {
                byte swap = bytes[word + i];
                bytes[word + i] = bytes[word + 3 - i];
                bytes[word + 3 - i] = swap;
            }
        }
        return InetAddress.getByAddress(bytes).getHostAddress();
    }
}
