package eu.guardian.platform.reference;

import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/care-centres}: the care centres; the administrator adds and changes them and says which centres each
 * member of reception staff works at ({@code /api/care-centres/staff/{username}}).
 */
@Path("care-centres")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CareCentreResource {

    public record CentreRecord(long id, String name, CareCentreKind kind, String region, String municipality,
            boolean active, long version) {

        static CentreRecord of(CareCentre centre) {
            return new CentreRecord(centre.getId(), centre.getName(), centre.getKind(), centre.getRegion(),
                    centre.municipality().orElse(null), centre.isActive(), centre.getVersion());
        }
    }

    /** A centre's new description, against the version the caller read. */
    public record CentreChange(Long version, CareCentreInput centre) {
    }

    /** The centres a member of reception staff works at. */
    public record StaffCentres(String username, Set<Long> centreIds) {
    }

    @Inject
    CareCentres centres;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public List<CentreRecord> list() {
        return centres.all().stream().map(CentreRecord::of).toList();
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    public Response create(CareCentreInput input) {
        if (input == null) {
            throw new BadRequestException("A care centre is needed");
        }
        CareCentre centre = centres.create(input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(centre.getId())).build())
                .entity(CentreRecord.of(centre)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.ADMIN)
    public CentreRecord change(@PathParam("id") long id, CentreChange change) {
        if (change == null || change.version() == null || change.centre() == null) {
            throw new BadRequestException("version and centre are needed");
        }
        return CentreRecord.of(centres.change(id, change.version(), change.centre()));
    }

    @GET
    @Path("staff/{username}")
    @RolesAllowed(Role.Names.ADMIN)
    public StaffCentres staff(@PathParam("username") String username) {
        return new StaffCentres(username, centres.centresOf(username));
    }

    @PUT
    @Path("staff/{username}")
    @RolesAllowed(Role.Names.ADMIN)
    public StaffCentres assign(@PathParam("username") String username, StaffCentres assignment) {
        if (assignment == null || assignment.centreIds() == null) {
            throw new BadRequestException("centreIds are needed");
        }
        return new StaffCentres(username, centres.assignStaff(username, assignment.centreIds()));
    }
}
