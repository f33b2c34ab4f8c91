package eu.guardian.child;

import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.validation.Checks;
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
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.Optional;

/**
 * {@code /api/children}: the children's files. Who sees which child is decided by the service; a child the caller
 * may not see is 404.
 */
@Path("children")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class ChildResource {

    /** A correction of a child's identity, against the version the caller read. */
    public record IdentityCorrection(Long version, ChildInput child) {
    }

    /** A medical method needs medicalReason and both consents or the legalBasis (docs/domain-rules.md). */
    public record AgeAssessmentInput(String method, String assessedOn, Integer minimumAge, Integer maximumAge,
            String notes, String medicalReason, Boolean childConsented, Boolean guardianConsented, String legalBasis) {

        MedicalGrounds grounds() {
            return new MedicalGrounds(medicalReason, Boolean.TRUE.equals(childConsented),
                    Boolean.TRUE.equals(guardianConsented), legalBasis);
        }
    }

    /** A move: the region is that of the centre, or (for a family or another place) the one given. */
    public record PlacementInput(String kind, Long centreId, String place, String startedOn, String region) {
    }

    public record Closure(Long version, String reason, String closedOn) {
    }

    @Inject
    ChildRegistry registry;

    @Context
    UriInfo uriInfo;

    @GET
    public Page<ChildSummary> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("25") int size, @QueryParam("sort") String sort,
            @QueryParam("name") String name, @QueryParam("caseNumber") String caseNumber,
            @QueryParam("nationality") String nationality, @QueryParam("status") String status,
            @QueryParam("guardianId") Long guardianId, @QueryParam("awaitingGuardian") Boolean awaitingGuardian) {
        Checks checks = new Checks();
        Optional<CaseStatus> caseStatus = checks.choice(CaseStatus.class, "status", status);
        checks.throwIfAny();
        ChildFilter filter = new ChildFilter(nonBlank(name), nonBlank(caseNumber), nonBlank(nationality), caseStatus,
                Optional.ofNullable(guardianId), Optional.ofNullable(awaitingGuardian));
        return registry.list(filter, page, size, sort);
    }

    @POST
    public Response register(ChildInput input, @QueryParam("acknowledgeDuplicates") boolean acknowledgeDuplicates) {
        if (input == null) {
            throw new BadRequestException("A child is needed");
        }
        Child child = registry.register(input, acknowledgeDuplicates);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(child.getId())).build())
                .entity(registry.file(child.getId())).build();
    }

    @GET
    @Path("{id}")
    public ChildFile file(@PathParam("id") long id) {
        return registry.file(id);
    }

    @PUT
    @Path("{id}")
    public ChildFile correctIdentity(@PathParam("id") long id, IdentityCorrection correction) {
        if (correction == null || correction.version() == null || correction.child() == null) {
            throw new BadRequestException("version and child are needed");
        }
        return registry.correctIdentity(id, correction.version(), correction.child());
    }

    @POST
    @Path("{id}/age-assessments")
    public ChildFile recordAgeAssessment(@PathParam("id") long id, AgeAssessmentInput input) {
        if (input == null) {
            throw new BadRequestException("An assessment is needed");
        }
        return registry.recordAgeAssessment(id, input.method(), input.assessedOn(), input.minimumAge(),
                input.maximumAge(), input.notes(), input.grounds());
    }

    @POST
    @Path("{id}/legal-statuses")
    public ChildFile addLegalStatus(@PathParam("id") long id, ChildInput.StatusInput input) {
        if (input == null) {
            throw new BadRequestException("A status is needed");
        }
        return registry.addLegalStatus(id, input);
    }

    @POST
    @Path("{id}/closure")
    public ChildFile close(@PathParam("id") long id, Closure closure) {
        Closure given = Optional.ofNullable(closure).orElse(new Closure(null, null, null));
        return registry.closeCase(id, Optional.ofNullable(given.version()).orElseThrow(
                () -> new BadRequestException("version is required")), given.reason(), given.closedOn());
    }

    @POST
    @Path("{id}/placements")
    public ChildFile place(@PathParam("id") long id, PlacementInput input) {
        if (input == null) {
            throw new BadRequestException("A placement is needed");
        }
        return registry.place(id, input.kind(), input.centreId(), input.place(), input.startedOn(), input.region());
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
