package eu.guardian.oversight;

import eu.guardian.platform.reference.Regions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code /api/oversight}: the dashboard's figures for a period ({@code from}, {@code to}: ISO days, default the last
 * twelve months), as JSON, CSV or PDF (in the language of Accept-Language).
 */
@Path("oversight")
@RequestScoped
public class OversightResource {

    @Inject
    OversightFigures figures;

    @Inject
    Regions regions;

    @Context
    HttpHeaders headers;

    @GET
    @Path("dashboard")
    @Produces(MediaType.APPLICATION_JSON)
    public Dashboard dashboard(@QueryParam("from") String from, @QueryParam("to") String to) {
        OversightFigures.Period period = figures.period(from, to);
        return figures.dashboard(period.from(), period.to());
    }

    @GET
    @Path("time-to-guardian")
    @Produces(MediaType.APPLICATION_JSON)
    public ParityReport timeToGuardian(@QueryParam("from") String from, @QueryParam("to") String to) {
        OversightFigures.Period period = figures.period(from, to);
        return figures.timeToGuardian(period.from(), period.to());
    }

    @GET
    @Path("dashboard.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        Dashboard dashboard = figures.export(figures.period(from, to), "csv");
        Locale locale = locale();
        StreamingOutput body = out -> DashboardExport.writeCsv(dashboard, locale, regions.namesIn(locale),
                new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"oversight.csv\"").build();
    }

    @GET
    @Path("dashboard.pdf")
    @Produces("application/pdf")
    public Response pdf(@QueryParam("from") String from, @QueryParam("to") String to) {
        Dashboard dashboard = figures.export(figures.period(from, to), "pdf");
        Locale locale = locale();
        StreamingOutput body = out -> DashboardExport.writePdf(dashboard, locale, regions.namesIn(locale), out);
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"oversight.pdf\"").build();
    }

    private Locale locale() {
        return headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.ENGLISH);
    }
}
