package eu.guardian.protection;

import eu.guardian.platform.i18n.Messages;
import eu.guardian.platform.rest.ApiErrors.ApiError;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/** A disclosure the firewall refused answers 403 with the reason in the caller's language. */
@Provider
public class FirewallRefusalMapper implements ExceptionMapper<FirewallRefusal> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(FirewallRefusal refusal) {
        Locale locale = headers == null || headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH
                : headers.getAcceptableLanguages().get(0);
        String message = Messages.text(locale, "protection.firewall.refused", List.of());
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(403, "Forbidden", message, List.of(), List.of(), null)).build();
    }
}
