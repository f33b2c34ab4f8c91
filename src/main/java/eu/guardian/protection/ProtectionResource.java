package eu.guardian.protection;

import eu.guardian.platform.persistence.Page;
import eu.guardian.protection.ProtectionRecords.OpenMissing;
import eu.guardian.protection.ProtectionRecords.OverdueReferral;
import eu.guardian.protection.ProtectionRecords.Unscreened;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /api/protection}: the protection lists (not yet screened, missing now, overdue referrals), the screening
 * rules.
 */
@Path("protection")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class ProtectionResource {

    public record RuleDto(String rule, ScreeningResult result, int count) {
    }

    public record IndicatorDto(Indicator indicator, boolean strong, boolean general) {
    }

    public record RulesDto(List<RuleDto> rules, List<IndicatorDto> indicators) {
    }

    @Inject
    Screenings screenings;

    @Inject
    MissingChildren missing;

    @Inject
    Referrals referrals;


    @GET
    @Path("not-screened")
    public Page<Unscreened> notScreened(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("25") int size) {
        return screenings.notYetScreened(page, size);
    }

    @GET
    @Path("missing")
    public Page<OpenMissing> missing(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("25") int size) {
        return missing.openMissing(page, size);
    }

    @GET
    @Path("overdue-referrals")
    public Page<OverdueReferral> overdueReferrals(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("25") int size) {
        return referrals.overdue(page, size);
    }

    /** The screening rules, read-only (for everyone, the administrator included: they are no child's data). */
    @GET
    @Path("screening-rules")
    public RulesDto rules() {
        return new RulesDto(ScreeningRules.RULES.stream().map(r -> new RuleDto(r.messageKey(), r.result(), r.count()))
                .toList(), java.util.Arrays.stream(Indicator.values())
                .map(i -> new IndicatorDto(i, i.isStrong(), i.isGeneral())).toList());
    }
}
