package eu.guardian.oversight;

import java.time.LocalDate;
import java.util.List;

/**
 * What a capability contributes to the oversight dashboard (overdue contacts, open missing episodes...). Each
 * capability implements it as a CDI bean next to its own queries; the dashboard gathers every implementation, so a new
 * capability shows up there without the dashboard knowing its tables. Implementations run inside the dashboard
 * service's transaction and security check (authority, auditor) and must be cheap: indexed counts only.
 */
public interface OversightIndicators {

    /** Counts "now" (today) and, where a figure is about a period, for [from, to]. */
    List<Indicator> measure(LocalDate from, LocalDate to, LocalDate today);
}
