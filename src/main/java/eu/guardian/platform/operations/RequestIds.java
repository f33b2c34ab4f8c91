package eu.guardian.platform.operations;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of the request being served: the caller's {@code X-Request-Id} when it is a plain token (a load balancer's
 * or a client's, so one action can be followed across servers), else a new one. The same id is in the request log
 * line, the audit entries the request writes and the answer's header (docs/operations.md).
 */
public final class RequestIds {

    private static final String ATTRIBUTE = RequestIds.class.getName();
    /** Only characters that cannot forge a log line or carry a sentence. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    public static String of(HttpServletRequest request) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known instanceof String id) {
            return id;
        }
        String id = Optional.ofNullable(request.getHeader("X-Request-Id")).filter(PLAIN.asMatchPredicate())
                .orElseGet(() -> UUID.randomUUID().toString());
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }
}
