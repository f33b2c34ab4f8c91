package eu.guardian.bench;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signed-in browser sessions without a browser: a demo user (password = username) signs in once through Keycloak's
 * own sign-in form, as a browser would (Guardian's redirect to Keycloak, the form posted, the redirect back to
 * Guardian's callback), with an HTTP client that keeps cookies; afterwards the session's cookies are sent with plain
 * GETs of pages. One session per user and client, so that clients never share a JSF session (and its views).
 */
final class PageSessions {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    /** Guardian's page sessions rest on Keycloak tokens that live 5 minutes: sign in again well before. */
    private static final Duration RENEW_AFTER = Duration.ofMinutes(3);

    private record Session(String cookieHeader, long signedInNanos) {
    }

    private final URI app;
    private final Map<String, Session> sessions = new HashMap<>();

    PageSessions(URI app) {
        this.app = app;
    }

    /** The Cookie header of {@code username}'s session number {@code client}, signing in the first time. */
    synchronized String cookieHeader(String username, int client) throws IOException, InterruptedException {
        String key = username + "#" + client;
        Session session = sessions.get(key);
        if (session == null) {
            session = new Session(signIn(username), System.nanoTime());
            sessions.put(key, session);
        }
        return session.cookieHeader();
    }

    /** Before a run (never during one): sessions 0..clients-1 of the user, signed in anew if they are old. */
    synchronized void prepare(String username, int clients) throws IOException, InterruptedException {
        for (int client = 0; client < clients; client++) {
            Session session = sessions.get(username + "#" + client);
            if (session != null && System.nanoTime() - session.signedInNanos() > RENEW_AFTER.toNanos()) {
                sessions.remove(username + "#" + client);
            }
            cookieHeader(username, client);
        }
    }

    private String signIn(String username) throws IOException, InterruptedException {
        CookieJar jar = new CookieJar();
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(jar)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> loginPage = browser.send(HttpRequest.newBuilder(app.resolve("/index.xhtml"))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher form = LOGIN_FORM.matcher(loginPage.body());
        if (!form.find()) {
            throw new IOException("No Keycloak sign-in form after " + loginPage.uri() + " (HTTP "
                    + loginPage.statusCode() + ")");
        }
        String action = form.group(1).replace("&amp;", "&");
        String fields = "username=" + encode(username) + "&password=" + encode(username) + "&credentialId=";
        HttpResponse<String> landed = browser.send(HttpRequest.newBuilder(URI.create(action))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
        if (landed.statusCode() != 200 || !landed.uri().getAuthority().equals(app.getAuthority())) {
            throw new IOException(username + " could not sign in: HTTP " + landed.statusCode() + " at " + landed.uri());
        }
        String header = jar.headerFor(app);
        if (header.isEmpty()) {
            throw new IOException(username + " signed in but Guardian set no session cookie");
        }
        return header;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Cookies by host and port, ignoring their attributes: Keycloak marks its sign-in cookies Secure, which the JDK's
     * CookieManager then never sends over plain HTTP (browsers treat localhost as secure), and the JDK's store does
     * not tell ports apart, where Keycloak and Guardian differ.
     */
    private static final class CookieJar extends CookieHandler {

        private final Map<String, Map<String, String>> byAuthority = new HashMap<>();

        @Override
        public synchronized Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            String header = headerFor(uri);
            return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
        }

        @Override
        public synchronized void put(URI uri, Map<String, List<String>> responseHeaders) {
            for (Map.Entry<String, List<String>> header : responseHeaders.entrySet()) {
                if (header.getKey() == null || !header.getKey().equalsIgnoreCase("Set-Cookie")) {
                    continue;
                }
                for (String cookie : header.getValue()) {
                    String[] parts = cookie.split(";");
                    int equals = parts[0].indexOf('=');
                    if (equals <= 0) {
                        continue;
                    }
                    String name = parts[0].substring(0, equals).trim();
                    String value = parts[0].substring(equals + 1).trim();
                    boolean expired = cookie.toLowerCase(Locale.ROOT).contains("max-age=0") || value.isEmpty();
                    Map<String, String> jar = byAuthority.computeIfAbsent(uri.getAuthority(), a -> new LinkedHashMap<>());
                    if (expired) {
                        jar.remove(name);
                    } else {
                        jar.put(name, value);
                    }
                }
            }
        }

        synchronized String headerFor(URI uri) {
            return byAuthority.getOrDefault(uri.getAuthority(), Map.of()).entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        }
    }
}
