package eu.guardian.platform.rest;

import eu.guardian.platform.i18n.Messages;
import eu.guardian.platform.web.SecurityHeadersFilter;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * An error answer written before a request reaches the REST API (the bearer-token check, /metrics), in the same JSON
 * shape and the caller's language as {@link ApiErrors}' answers.
 */
public final class JsonErrorAnswer {

    private JsonErrorAnswer() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, Response.Status status,
            String messageKey) throws IOException {
        SecurityHeadersFilter.addTo(request, response);
        response.setStatus(status.getStatusCode());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try (JsonGenerator json = Json.createGenerator(response.getWriter())) {
            json.writeStartObject().writeStartArray("details").writeEnd()
                    .write("error", status.getReasonPhrase()).writeStartArray("fields").writeEnd()
                    .write("message", Messages.text(languageOf(request), messageKey, List.of()))
                    .write("status", status.getStatusCode()).writeEnd();
        }
    }

    /** The caller's first language (Accept-Language); English when they name none. */
    public static Locale languageOf(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Locale.ENGLISH : request.getLocale();
    }
}
