package eu.guardian.oversight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParityReportTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    @Test
    void percentilesInterpolateBetweenRanksAsSpreadsheetsDo() {
        // days 1, 3, 5, 20: median (3+5)/2 = 4; p90 at rank 0.9*3 = 2.7 -> 5 + 0.7*(20-5) = 15.5
        DurationDistribution days = new DurationDistribution().add(1, 1).add(3, 1).add(5, 1).add(20, 1);
        assertEquals(4.0, days.median().orElseThrow(), 1e-9);
        assertEquals(15.5, days.p90().orElseThrow(), 1e-9);
        assertEquals(4, days.count());
    }

    @Test
    void countsPerDayWeighTheRanks() {
        // 2, 2, 2, 10: median 2, p90 at rank 2.7 -> 2 + 0.7*8 = 7.6
        DurationDistribution days = new DurationDistribution().add(10, 1).add(2, 3);
        assertEquals(2.0, days.median().orElseThrow(), 1e-9);
        assertEquals(7.6, days.p90().orElseThrow(), 1e-9);
    }

    @Test
    void oneChildIsItsOwnMedianAndNoChildHasNone() {
        assertEquals(7.0, new DurationDistribution().add(7, 1).p90().orElseThrow(), 1e-9);
        assertEquals(Optional.empty(), new DurationDistribution().median());
    }

    @Test
    void groupsWhoseMediansDifferBeyondTheMarginRaiseTheWarning() {
        ParityReport report = ParityReport.of(FROM, TO, 2, List.of(
                cell(NationalityGroup.EU_CITIZEN, "North", 2, 1), cell(NationalityGroup.EU_CITIZEN, "North", 4, 1),
                cell(NationalityGroup.THIRD_COUNTRY_NATIONAL, "North", 5, 1),
                cell(NationalityGroup.THIRD_COUNTRY_NATIONAL, "South", 9, 1)),
                Map.of(NationalityGroup.STATELESS_OR_UNKNOWN, 3L));
        assertEquals(3.0, report.groups().get(0).median().orElseThrow(), 1e-9);
        assertEquals(7.0, report.groups().get(1).median().orElseThrow(), 1e-9);
        assertEquals(3, report.groups().get(2).stillWaiting());
        assertEquals(4.0, report.spreadDays().orElseThrow(), 1e-9);
        assertTrue(report.warning());
        ParityReport.RegionFigures north = report.regions().get(0);
        assertEquals("North", north.region());
        assertEquals(2.0, north.spreadDays().orElseThrow(), 1e-9);
        assertFalse(north.warning(), "2 days is within a margin of 2");
        assertFalse(report.regions().get(1).warning(), "one group alone has nothing to differ from");
    }

    @Test
    void aSingleGroupNeverWarns() {
        ParityReport report = ParityReport.of(FROM, TO, 0, List.of(cell(NationalityGroup.EU_CITIZEN, "North", 30, 5)),
                Map.of());
        assertEquals(Optional.empty(), report.spreadDays());
        assertFalse(report.warning());
    }

    private static ParityReport.Cell cell(NationalityGroup group, String region, int days, long children) {
        return new ParityReport.Cell(group, region, days, children);
    }
}
