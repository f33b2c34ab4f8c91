package eu.guardian.platform.rest;

import eu.guardian.platform.i18n.Messages;
import eu.guardian.platform.persistence.ConcurrentChange;
import eu.guardian.platform.persistence.DatabaseUnavailable;
import eu.guardian.platform.validation.AccessRefused;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.platform.validation.Unavailable;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.jersey.server.ParamException;

/**
 * Every failure of the API answers with a small JSON body in the caller's language (Accept-Language) and never a
 * stack trace: broken rules as 400 field by field, hidden or missing things as 404, state conflicts and concurrent
 * edits as 409. Unexpected failures are logged under a reference the caller can quote to support.
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    /** The body of every error answer; {@code fields} lists broken rules of the input, field by field. */
    public record ApiError(int status, String error, String message, List<FieldMessage> fields, List<String> details,
            String reference) {
    }

    public record FieldMessage(String field, String message) {
    }

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        Locale locale = headers == null || headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH
                : headers.getAcceptableLanguages().get(0);
        if (failure instanceof ParamException parameter) {
            // Jersey answers a query or path parameter it cannot convert (?size=abc, /children/abc) with 404: it is
            // the caller's input that is wrong.
            String messageKey = rootCause(parameter) instanceof NumberFormatException ? "validation.wholeNumber"
                    : "validation.parameter";
            String value = Optional.ofNullable(valueOf(parameter)).orElse("");
            return answer(Response.Status.BAD_REQUEST, Messages.text(locale, "validation.summary", List.of()),
                    List.of(new FieldMessage(parameter.getParameterName(),
                            Messages.text(locale, messageKey, List.of(value)))), List.of());
        }
        if (failure instanceof WebApplicationException web) {
            Response original = web.getResponse();
            return Response.fromResponse(original).type(MediaType.APPLICATION_JSON).entity(new ApiError(
                    original.getStatus(), original.getStatusInfo().getReasonPhrase(),
                    statusText(locale, original.getStatus()),
                    List.of(), List.of(), null)).build();
        }
        if (failure instanceof EJBAccessException || failure instanceof AccessLocalException
                || failure instanceof AccessRefused) {
            return answer(Response.Status.FORBIDDEN, Messages.text(locale, "error.403.title", List.of()), List.of(),
                    List.of());
        }
        if (failure instanceof InvalidInput invalid) {
            List<FieldMessage> fields = invalid.errors().stream().map(error -> new FieldMessage(error.field(),
                    Messages.text(locale, error.messageKey(), error.arguments()))).toList();
            return answer(Response.Status.BAD_REQUEST, Messages.text(locale, "validation.summary", List.of()), fields,
                    List.of());
        }
        if (failure instanceof Unavailable unavailable) {
            LOG.warning(() -> "Service unavailable: " + unavailable.getMessage());
            return answer(Response.Status.SERVICE_UNAVAILABLE, Messages.text(locale, unavailable.messageKey(),
                    List.of()), List.of(), List.of());
        }
        if (failure instanceof NotFound) {
            return answer(Response.Status.NOT_FOUND, Messages.text(locale, "error.notFound", List.of()), List.of(),
                    List.of());
        }
        if (failure instanceof Conflict conflict) {
            return answer(Response.Status.CONFLICT, Messages.text(locale, conflict.messageKey(), List.of()), List.of(),
                    conflict.details());
        }
        if (ConcurrentChange.isCause(failure)) {
            return answer(Response.Status.CONFLICT, Messages.text(locale, "error.concurrentChange", List.of()),
                    List.of(), List.of());
        }
        if (DatabaseUnavailable.isCause(failure)) {
            LOG.warning(() -> "API request not served: the database is unreachable (" + failure + ")");
            return Response.fromResponse(answer(Response.Status.SERVICE_UNAVAILABLE,
                    Messages.text(locale, DatabaseUnavailable.noticeKey(failure) + ".text", List.of()), List.of(),
                    List.of()))
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
        }
        if (failure instanceof ProcessingException || failure instanceof JsonbException) {
            return answer(Response.Status.BAD_REQUEST, Messages.text(locale, "validation.body", List.of()), List.of(),
                    List.of());
        }
        if (failure instanceof IllegalArgumentException) {
            return answer(Response.Status.BAD_REQUEST, failure.getMessage(), List.of(), List.of());
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API failure " + reference, failure);
        return Response.serverError().type(MediaType.APPLICATION_JSON).entity(new ApiError(500,
                "Internal Server Error", Messages.text(locale, "error.500.text", List.of()), List.of(), List.of(),
                reference)).build();
    }

    /** A text for the answers JAX-RS itself gives (no such resource, method not allowed, no token...). */
    private static String statusText(Locale locale, int status) {
        String key = switch (status) {
            case 400 -> "error.400";
            case 401 -> "error.401";
            case 403 -> "error.403.title";
            case 404 -> "error.notFound";
            case 405 -> "error.405";
            case 406, 415 -> "error.415";
            default -> "";
        };
        return key.isEmpty() ? Messages.text(locale, "error.status", List.of(status))
                : Messages.text(locale, key, List.of());
    }

    private String valueOf(ParamException parameter) {
        if (uri == null) {
            return null;
        }
        return parameter instanceof ParamException.PathParamException
                ? uri.getPathParameters().getFirst(parameter.getParameterName())
                : uri.getQueryParameters().getFirst(parameter.getParameterName());
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static Response answer(Response.Status status, String message, List<FieldMessage> fields,
            List<String> details) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(status.getStatusCode(), status.getReasonPhrase(), message, fields, details, null))
                .build();
    }
}
