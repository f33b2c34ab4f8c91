package eu.guardian.oversight;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Time from identification to a full guardian for the children identified in a period, by nationality group and by
 * region, with a warning where the groups' medians differ by more than the margin (setting). The same law applies to
 * every child (OSCE 2015; docs/domain-rules.md#same-procedure-whatever-the-nationality): a persistent gap is what an
 * inspectorate must see first.
 */
public record ParityReport(LocalDate from, LocalDate to, int marginDays, List<GroupFigures> groups,
        List<RegionFigures> regions, Optional<Double> spreadDays, boolean warning) {

    /** One nationality group: children with a guardian (their days' median and p90), and those without one yet. */
    public record GroupFigures(NationalityGroup group, long appointed, long stillWaiting, Optional<Double> median,
            Optional<Double> p90) {
    }

    /** One region, all groups together, with each group's median and whether the groups differ beyond the margin. */
    public record RegionFigures(String region, long appointed, Optional<Double> median, Optional<Double> p90,
            Map<NationalityGroup, Double> medianByGroup, Optional<Double> spreadDays, boolean warning) {
    }

    /** One row of the database's grouping: children of a group in a region who took a number of days. */
    public record Cell(NationalityGroup group, String region, int days, long children) {
    }

    public static ParityReport of(LocalDate from, LocalDate to, int marginDays, List<Cell> appointed,
            Map<NationalityGroup, Long> stillWaiting) {
        Map<NationalityGroup, DurationDistribution> byGroup = new EnumMap<>(NationalityGroup.class);
        Map<String, Map<NationalityGroup, DurationDistribution>> byRegion = new TreeMap<>();
        for (Cell cell : appointed) {
            byGroup.computeIfAbsent(cell.group(), g -> new DurationDistribution()).add(cell.days(), cell.children());
            byRegion.computeIfAbsent(cell.region(), r -> new EnumMap<>(NationalityGroup.class))
                    .computeIfAbsent(cell.group(), g -> new DurationDistribution()).add(cell.days(), cell.children());
        }
        List<GroupFigures> groups = java.util.Arrays.stream(NationalityGroup.values()).map(group -> {
            DurationDistribution days = byGroup.getOrDefault(group, new DurationDistribution());
            return new GroupFigures(group, days.count(), stillWaiting.getOrDefault(group, 0L), days.median(),
                    days.p90());
        }).toList();
        Optional<Double> spread = spread(medians(byGroup));
        List<RegionFigures> regions = byRegion.entrySet().stream().map(region -> {
            DurationDistribution all = new DurationDistribution();
            region.getValue().values().forEach(all::addAll);
            Map<NationalityGroup, Double> medians = medians(region.getValue());
            Optional<Double> regionSpread = spread(medians);
            return new RegionFigures(region.getKey(), all.count(), all.median(), all.p90(), medians, regionSpread,
                    beyond(regionSpread, marginDays));
        }).toList();
        return new ParityReport(from, to, marginDays, groups, regions, spread, beyond(spread, marginDays));
    }

    private static Map<NationalityGroup, Double> medians(Map<NationalityGroup, DurationDistribution> byGroup) {
        Map<NationalityGroup, Double> medians = new EnumMap<>(NationalityGroup.class);
        byGroup.forEach((group, days) -> days.median().ifPresent(median -> medians.put(group, median)));
        return medians;
    }

    /** Largest minus smallest median; only where at least two groups have children to compare. */
    private static Optional<Double> spread(Map<NationalityGroup, Double> medians) {
        if (medians.size() < 2) {
            return Optional.empty();
        }
        double max = medians.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double min = medians.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        return Optional.of(max - min);
    }

    private static boolean beyond(Optional<Double> spread, int marginDays) {
        return spread.map(days -> days > marginDays).orElse(false);
    }
}
