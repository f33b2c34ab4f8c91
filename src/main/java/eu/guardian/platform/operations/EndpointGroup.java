package eu.guardian.platform.operations;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which part of Guardian a request was for, as a metric label and in the request log: {@code api/children},
 * {@code page/children}, {@code resources}, {@code operations}... never a path with ids or a query (a child's id or a
 * searched name stays out of logs). The number of groups is bounded, so random paths cannot flood the metrics.
 */
public final class EndpointGroup {

    public static final String RESOURCES = "resources";
    private static final int MAX_GROUPS = 64;
    private static final Pattern API = Pattern.compile("^/api/([a-z][a-z-]{0,30})(?:/|$)");
    private static final Pattern PAGE = Pattern.compile("^/([a-z][a-z-]{0,30})/[^/]*\\.xhtml$");
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

    private EndpointGroup() {
    }

    /** The group of a path within the application (without the context path). */
    public static String of(String path) {
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            return RESOURCES;
        }
        if (path.equals("/metrics") || path.startsWith("/health")) {
            return "operations";
        }
        Matcher api = API.matcher(path);
        if (api.find()) {
            return bounded("api/" + api.group(1));
        }
        Matcher page = PAGE.matcher(path);
        if (page.find()) {
            return bounded("page/" + page.group(1));
        }
        if (path.endsWith(".xhtml") || path.equals("/")) {
            return "page";
        }
        return path.startsWith("/api/") ? "api" : "other";
    }

    private static String bounded(String group) {
        if (KNOWN.contains(group)) {
            return group;
        }
        if (KNOWN.size() >= MAX_GROUPS) {
            return group.substring(0, group.indexOf('/'));
        }
        KNOWN.add(group);
        return group;
    }
}
