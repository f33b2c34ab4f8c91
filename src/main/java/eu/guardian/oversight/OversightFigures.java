package eu.guardian.oversight;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.platform.persistence.NativeRows;
import eu.guardian.platform.persistence.Row;
import eu.guardian.platform.persistence.SqlFragment;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
import eu.guardian.platform.validation.Checks;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures behind the oversight dashboard, each an indexed aggregate query: nothing here reads a row per child.
 * Only the authority and the inspectorate see them; they contain no child's identity. A regional reader counts the
 * children and guardians of their regions only ({@link OversightScope}).
 */
@Stateless
@RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR})
public class OversightFigures {

    /** Statistics group of a child's nationality, in SQL; the same rule as {@link NationalityGroup}. */
    private static final String GROUP = "CASE WHEN c.nationality_kind = 'COUNTRY' AND co.eu_member THEN 'EU_CITIZEN'"
            + " WHEN c.nationality_kind = 'COUNTRY' THEN 'THIRD_COUNTRY_NATIONAL' ELSE 'STATELESS_OR_UNKNOWN' END";

    private static final int BUCKET_WIDTH = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    @Inject
    @Any
    Instance<OversightIndicators> contributions;

    @Inject
    OversightScope scope;

    @Inject
    Clock clock;

    /** A period as given on a page or in the API (ISO days, both optional): by default the last twelve months. */
    public record Period(LocalDate from, LocalDate to) implements Serializable {
    }

    public Period period(String from, String to) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Checks checks = new Checks();
        Optional<LocalDate> start = blank(from) ? Optional.of(today.minusYears(1)) : checks.date("from", from);
        Optional<LocalDate> end = blank(to) ? Optional.of(today) : checks.date("to", to);
        start.ifPresent(first -> end.ifPresent(last -> checks.notBefore("to", last, "from", first)));
        checks.throwIfAny();
        return new Period(start.orElseThrow(), end.orElseThrow());
    }

    /**
     * The dashboard for an export, recorded in the audit trail as one (docs/domain-rules.md#audit-trail: every export
     * is audited).
     */
    public Dashboard export(Period period, String format) {
        Dashboard dashboard = dashboard(period.from(), period.to());
        audit.record(AuditAction.EXPORT, "Dashboard", format, Optional.empty(), Changes.none()
                .note("from", period.from()).note("to", period.to()));
        return dashboard;
    }

    public Dashboard dashboard(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<Indicator> indicators = new ArrayList<>();
        contributions.forEach(contribution -> indicators.addAll(contribution.measure(from, to, today)));
        indicators.sort(Comparator.comparingInt(Indicator::order));
        return new Dashboard(from, to, clock.instant(), List.copyOf(indicators), timeToGuardian(from, to),
                caseloads());
    }

    /** Children identified in [from, to]: days to their first full guardian, by nationality group and region. */
    public ParityReport timeToGuardian(LocalDate from, LocalDate to) {
        // One pass over the covering index: days is NULL for the children without a full guardian yet.
        SqlFragment reach = scope.onChild("c");
        var query = em.createNativeQuery("SELECT " + GROUP + " AS nationality_group,"
                + " c.region, DATEDIFF(c.first_guardian_on, c.identified_on) AS days, COUNT(*) AS children"
                + " FROM child c LEFT JOIN country co ON co.code = c.nationality_code"
                + " WHERE c.identified_on BETWEEN ? AND ? AND " + reach.sql()
                + " GROUP BY nationality_group, c.region, days").setParameter(1, from).setParameter(2, to);
        reach.bind(query, 3);
        List<Row> rows = NativeRows.list(query);
        List<ParityReport.Cell> cells = new ArrayList<>();
        Map<NationalityGroup, Long> withoutGuardian = new EnumMap<>(NationalityGroup.class);
        for (Row row : rows) {
            NationalityGroup group = row.enumValue("nationality_group", NationalityGroup.class);
            long children = row.number("children");
            Optional<Long> days = row.optionalNumber("days");
            if (days.isEmpty()) {
                withoutGuardian.merge(group, children, Long::sum);
            } else {
                cells.add(new ParityReport.Cell(group, row.text("region"), (int) Math.max(0, days.get()), children));
            }
        }
        return ParityReport.of(from, to, settings.value(SettingKey.PARITY_MARGIN_DAYS), cells, withoutGuardian);
    }

    /** Active guardians by number of children, against the cap. */
    public Dashboard.Caseloads caseloads() {
        int cap = settings.value(SettingKey.CASELOAD_CAP);
        SqlFragment regions = scope.inRegions("g.region");
        var query = em.createNativeQuery("SELECT g.current_load, COUNT(*) AS guardians FROM guardian g"
                + " WHERE g.active = TRUE AND " + regions.sql() + " GROUP BY g.current_load");
        regions.bind(query, 1);
        List<Row> rows = NativeRows.list(query);
        List<Dashboard.Bucket> buckets = new ArrayList<>();
        buckets.add(new Dashboard.Bucket(0, Optional.of(0), 0));
        for (int lower = 1; lower <= cap; lower += BUCKET_WIDTH) {
            buckets.add(new Dashboard.Bucket(lower, Optional.of(Math.min(cap, lower + BUCKET_WIDTH - 1)), 0));
        }
        buckets.add(new Dashboard.Bucket(cap + 1, Optional.empty(), 0));
        long guardians = 0;
        long atCap = 0;
        long overCap = 0;
        long[] counts = new long[buckets.size()];
        for (Row row : rows) {
            int load = row.integer("current_load");
            long count = row.number("guardians");
            guardians += count;
            atCap += load == cap ? count : 0;
            overCap += load > cap ? count : 0;
            counts[bucketOf(load, cap)] += count;
        }
        List<Dashboard.Bucket> filled = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            filled.add(new Dashboard.Bucket(buckets.get(i).from(), buckets.get(i).to(), counts[i]));
        }
        return new Dashboard.Caseloads(cap, guardians, atCap, overCap, filled);
    }

    private static int bucketOf(int load, int cap) {
        if (load <= 0) {
            return 0;
        }
        if (load > cap) {
            return (cap - 1) / BUCKET_WIDTH + 2;
        }
        return (load - 1) / BUCKET_WIDTH + 1;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
