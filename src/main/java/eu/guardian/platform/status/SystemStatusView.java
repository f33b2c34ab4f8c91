package eu.guardian.platform.status;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The administrator's status page. */
@Named
@RequestScoped
public class SystemStatusView {

    @Inject
    SystemStatus systemStatus;

    private SystemStatus.Report report;

    public SystemStatus.Report getReport() {
        if (report == null) {
            report = systemStatus.report();
        }
        return report;
    }
}
