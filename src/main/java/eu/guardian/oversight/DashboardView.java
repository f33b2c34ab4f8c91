package eu.guardian.oversight;

import eu.guardian.platform.i18n.Messages;
import eu.guardian.platform.i18n.Numbers;
import eu.guardian.platform.reference.Regions;
import eu.guardian.platform.web.Counts;
import eu.guardian.platform.web.FormMessages;
import eu.guardian.platform.validation.InvalidInput;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The oversight dashboard for a period: figures computed once per filter, charts drawn from them. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OversightFigures figures;

    @Inject
    Regions regions;

    private LocalDate from;
    private LocalDate to;
    /** The period of the figures shown. */
    private OversightFigures.Period shown;
    /**
     * The figures shown: not kept in the replicated session (their optional medians do not serialise), but computed
     * again for the same period where a view is restored from a session another server wrote (see {@link #refresh}).
     */
    private transient Dashboard dashboard;

    @PostConstruct
    void init() {
        OversightFigures.Period period = figures.period(null, null);
        from = period.from();
        to = period.to();
        show(period);
    }

    /** preRenderView: the figures of the period shown, when this view came without them from another server. */
    public void refresh() {
        if (dashboard == null) {
            show(shown);
        }
    }

    private void show(OversightFigures.Period period) {
        shown = period;
        dashboard = figures.dashboard(period.from(), period.to());
    }

    public void apply() {
        try {
            show(figures.period(iso(from), iso(to)));
        } catch (InvalidInput e) {
            FormMessages.show(e, "dashboard", Map.of("from", "from", "to", "to"),
                    Map.of("from", "oversight.from", "to", "oversight.to"), null);
        }
    }

    public StreamedContent getCsv() {
        return DefaultStreamedContent.builder().name("oversight.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> {
                    Dashboard exported = figures.export(currentPeriod(), "csv");
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    try (OutputStreamWriter out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                        DashboardExport.writeCsv(exported, locale(), regions.namesIn(locale()), out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return new ByteArrayInputStream(bytes.toByteArray());
                }).build();
    }

    public StreamedContent getPdf() {
        return DefaultStreamedContent.builder().name("oversight.pdf").contentType("application/pdf")
                .stream(() -> {
                    Dashboard exported = figures.export(currentPeriod(), "pdf");
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    DashboardExport.writePdf(exported, locale(), regions.namesIn(locale()), bytes);
                    return new ByteArrayInputStream(bytes.toByteArray());
                }).build();
    }

    /** Median and p90 days to a guardian per nationality group, as a Chart.js bar chart. */
    public String getTimeToGuardianChart() {
        Locale locale = locale();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder medians = Json.createArrayBuilder();
        JsonArrayBuilder p90s = Json.createArrayBuilder();
        for (ParityReport.GroupFigures group : dashboard.parity().groups()) {
            labels.add(Messages.text(locale, "oversight.group." + group.group().name(), List.of()));
            add(medians, group.median());
            add(p90s, group.p90());
        }
        return barChart(labels, Json.createArrayBuilder()
                .add(dataset(Messages.text(locale, "oversight.median", List.of()), medians, "#2f6f9f"))
                .add(dataset(Messages.text(locale, "oversight.p90", List.of()), p90s, "#9fc3df")));
    }

    /** Guardians per caseload bucket, the bucket beyond the cap in red. */
    public String getCaseloadChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (Dashboard.Bucket bucket : dashboard.caseloads().buckets()) {
            labels.add(bucket.label());
            counts.add(bucket.guardians());
            colours.add(bucket.to().isPresent() ? "#2f6f9f" : "#c0392b");
        }
        return barChart(labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", Messages.text(locale(), "oversight.guardians", List.of()))
                .add("data", counts).add("backgroundColor", colours)));
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    /** An indicator's count, "10,000+" where counting stopped at the cap. */
    public String count(long value) {
        return Counts.shown(value, locale());
    }

    public String days(Optional<Double> days) {
        return days.map(value -> Numbers.decimal(value, 1, locale())).orElse("–");
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    private OversightFigures.Period currentPeriod() {
        return shown;
    }

    private static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static void add(JsonArrayBuilder values, Optional<Double> value) {
        if (value.isPresent()) {
            values.add(Math.round(value.get() * 10) / 10.0);
        } else {
            values.addNull();
        }
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    private static String barChart(JsonArrayBuilder labels, JsonArrayBuilder datasets) {
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true))))
                .build().toString();
    }
}
