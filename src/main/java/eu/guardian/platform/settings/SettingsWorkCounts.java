package eu.guardian.platform.settings;

import eu.guardian.platform.web.WorkCount;
import eu.guardian.platform.web.WorkCounts;
import eu.guardian.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** On the administrator's landing page: settings changed in the last seven days (who and what: the settings page). */
@ApplicationScoped
public class SettingsWorkCounts implements WorkCounts {

    static final Duration RECENT = Duration.ofDays(7);

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Override
    public List<WorkCount> countsFor(Set<Role> roles) {
        if (!roles.contains(Role.ADMIN)) {
            return List.of();
        }
        return List.of(WorkCount.info(Role.ADMIN, "ux.work.settingsChanged",
                settings.changedSince(clock.instant().minus(RECENT)), "/admin/settings.xhtml", 40));
    }
}
