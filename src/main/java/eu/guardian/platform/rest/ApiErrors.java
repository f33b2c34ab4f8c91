package eu.guardian.platform.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the API answers with a small JSON body and never a stack trace. Unexpected failures are logged
 * under a reference the caller can quote to support.
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    public record ApiError(int status, String error, String reference) {
    }

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            Response original = web.getResponse();
            return Response.fromResponse(original).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError(original.getStatus(), original.getStatusInfo().getReasonPhrase(), null))
                    .build();
        }
        if (failure instanceof EJBAccessException) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError(403, "Forbidden", null)).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API failure " + reference, failure);
        return Response.serverError().type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(500, "Internal Server Error", reference)).build();
    }
}
