package eu.guardian.platform.reference;

import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /api/regions}: the regions, named in the caller's language (Accept-Language); the administrator adds and
 * changes them (docs/jurisdictions.md).
 */
@Path("regions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionResource {

    public record RegionRecord(String code, String name, Map<String, String> names, boolean active, long version) {

        static RegionRecord of(Region region, Locale reader) {
            return new RegionRecord(region.getCode(), region.nameIn(reader), region.names(), region.isActive(),
                    region.getVersion());
        }
    }

    /** A change of a region's names or active flag, against the version the caller read. */
    public record RegionChange(Long version, Map<String, String> names, Boolean active) {
    }

    @Inject
    Regions regions;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR, Role.Names.ADMIN})
    public List<RegionRecord> list(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Locale reader = ReferenceDataResource.readerOf(acceptLanguage);
        return regions.all().stream().map(region -> RegionRecord.of(region, reader)).toList();
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    public Response create(RegionInput input, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        if (input == null) {
            throw new BadRequestException("A region is needed");
        }
        Region region = regions.create(input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(region.getCode()).build())
                .entity(RegionRecord.of(region, ReferenceDataResource.readerOf(acceptLanguage))).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Role.Names.ADMIN)
    public RegionRecord change(@PathParam("code") String code, RegionChange change,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        if (change == null || change.version() == null) {
            throw new BadRequestException("version and names are needed");
        }
        return RegionRecord.of(regions.change(code, change.version(), new RegionInput(code, change.names(),
                change.active())), ReferenceDataResource.readerOf(acceptLanguage));
    }
}
