package eu.guardian.protection;

import eu.guardian.platform.persistence.Page;
import eu.guardian.protection.ProtectionInputs.CounterpartInput;
import eu.guardian.protection.ProtectionRecords.CounterpartRecord;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * {@code /api/counterparts}: the counterpart registry the recipients of disclosures are chosen from (docs/firewall.md).
 * Read by those who disclose and by auditors; kept by the authority.
 */
@Path("counterparts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class CounterpartResource {

    @Inject
    Counterparts counterparts;

    /** {@code receives}: HANDOVER, REFERRAL or TRACING, the entries that may receive it (active ones). */
    @GET
    public Page<CounterpartRecord> list(@QueryParam("name") String name, @QueryParam("kind") String kind,
            @QueryParam("country") String country, @QueryParam("receives") String receives,
            @QueryParam("active") Boolean active, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("25") int size) {
        return counterparts.list(new Counterparts.Filter(name, kind, country, receives,
                receives != null && active == null ? Boolean.TRUE : active), page, size);
    }

    @GET
    @Path("{id}")
    public CounterpartRecord get(@PathParam("id") long id) {
        return counterparts.get(id);
    }

    @POST
    public Response register(CounterpartInput input) {
        if (input == null) {
            throw new BadRequestException("A counterpart is needed");
        }
        CounterpartRecord created = counterparts.register(input);
        return Response.created(URI.create("counterparts/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public CounterpartRecord change(@PathParam("id") long id, CounterpartInput input) {
        if (input == null) {
            throw new BadRequestException("A counterpart is needed");
        }
        return counterparts.change(id, input);
    }
}
