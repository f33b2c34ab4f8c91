package eu.guardian.protection;

import eu.guardian.child.CaseStatus;
import eu.guardian.child.ChildFileView;
import eu.guardian.platform.i18n.LocalTimes;
import eu.guardian.protection.ProtectionRecords.EpisodeRecord;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The "missing" sub-tab of a child's protection tab and the missing banner above the file's tabs: report the child
 * missing (police, guardian, 116 000, SIS), record the police afterwards, and the return. The services decide who may.
 */
@Named
@ViewScoped
public class MissingTabView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "tabs:protectionTabs:missingForm";

    private static final Map<String, String> INPUTS = Map.ofEntries(Map.entry("reportedBy", "reportedBy"),
            Map.entry("lastSeenAt", "lastSeenAt"), Map.entry("lastSeenPlace", "lastSeenPlace"),
            Map.entry("lastSeenWearing", "lastSeenWearing"), Map.entry("lastSeenWith", "lastSeenWith"),
            Map.entry("riskLevel", "riskLevel"), Map.entry("police.notifiedAt", "policeNotifiedAt"),
            Map.entry("police.station", "policeStation"), Map.entry("police.reference", "policeReference"),
            Map.entry("hotlineReference", "hotlineReference"), Map.entry("sisAlertId", "sisAlertId"),
            Map.entry("returnedAt", "returnedAt"), Map.entry("place", "returnPlace"), Map.entry("how", "returnHow"),
            Map.entry("debrief", "debrief"));
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("reportedBy", "protection.missing.reportedBy"),
            Map.entry("lastSeenAt", "protection.missing.lastSeenAt"),
            Map.entry("lastSeenPlace", "protection.missing.lastSeenPlace"),
            Map.entry("lastSeenWearing", "protection.missing.lastSeenWearing"),
            Map.entry("lastSeenWith", "protection.missing.lastSeenWith"),
            Map.entry("riskLevel", "protection.missing.riskLevel"),
            Map.entry("police.notifiedAt", "protection.missing.policeNotifiedAt"),
            Map.entry("police.station", "protection.missing.policeStation"),
            Map.entry("police.reference", "protection.missing.policeReference"),
            Map.entry("hotlineReference", "protection.missing.hotlineReference"),
            Map.entry("sisAlertId", "protection.missing.sisAlertId"),
            Map.entry("returnedAt", "protection.missing.returnedAt"),
            Map.entry("place", "protection.missing.returnPlace"), Map.entry("how", "protection.missing.returnHow"),
            Map.entry("debrief", "protection.missing.debrief"));

    @Inject
    ChildFileView fileView;

    @Inject
    CurrentUser currentUser;

    @Inject
    MissingChildren missing;

    @Inject
    Clock clock;

    @Inject
    LocalTimes localTimes;

    private List<EpisodeRecord> episodes = List.of();
    private final MissingForm form = new MissingForm();

    @PostConstruct
    void init() {
        form.resetTimes(ProtectionForm.now(clock, localTimes.zone()));
        load();
    }

    private void load() {
        if (fileView.isLoaded()) {
            episodes = missing.episodes(ProtectionForm.childId(fileView));
        }
    }

    public EpisodeRecord getOpenEpisode() {
        return episodes.stream().filter(e -> e.status() == MissingStatus.OPEN).findFirst().orElse(null);
    }

    public int getEpisodeCount() {
        return episodes.size();
    }

    public List<EpisodeRecord> getEpisodes() {
        return episodes;
    }

    public List<String> getRiskLevels() {
        return java.util.Arrays.stream(RiskLevel.values()).map(Enum::name).toList();
    }

    public boolean isMayReportMissing() {
        return fileView.isLoaded() && fileView.getFile().status() == CaseStatus.OPEN && fileView.getFile().mayChange()
                && (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.RECEPTION));
    }

    public MissingForm getForm() {
        return form;
    }

    public void reportMissing() {
        MissingForm f = form;
        ZoneId zone = localTimes.zone();
        ProtectionForm.run(FORM, INPUTS, LABELS, "protection.missing.reported", () -> {
            missing.report(ProtectionForm.childId(fileView), new ProtectionInputs.MissingReport(f.getReportedBy(),
                    ProtectionForm.iso(f.getLastSeenAt(), zone), f.getLastSeenPlace(), f.getLastSeenWearing(),
                    f.getLastSeenWith(), f.getRiskLevel(), f.police(zone), notifiedNow(f.isGuardianNotified()),
                    notifiedNow(!ProtectionForm.blank(f.getHotlineReference())), f.getHotlineReference(),
                    f.getSisAlertId()));
            f.resetReport();
        }, this::load);
    }

    public void recordPolice() {
        EpisodeRecord episode = getOpenEpisode();
        if (episode == null) {
            return;
        }
        MissingForm f = form;
        long childId = ProtectionForm.childId(fileView);
        ProtectionForm.run(FORM, INPUTS, LABELS, "protection.missing.policeRecorded", () -> {
            missing.policeNotified(childId, episode.id(), new ProtectionInputs.PoliceInput(
                    ProtectionForm.iso(f.getPoliceNotifiedAt(), localTimes.zone()), f.getPoliceStation(),
                    f.getPoliceReference()));
            if (!ProtectionForm.blank(f.getHotlineReference()) || !ProtectionForm.blank(f.getSisAlertId())
                    || f.isGuardianNotified()) {
                missing.alerts(childId, episode.id(), new ProtectionInputs.AlertsInput(
                        notifiedNow(f.isGuardianNotified()), notifiedNow(!ProtectionForm.blank(f.getHotlineReference())),
                        f.getHotlineReference(), f.getSisAlertId(), null));
            }
        }, this::load);
    }

    public void recordReturn() {
        EpisodeRecord episode = getOpenEpisode();
        if (episode == null) {
            return;
        }
        MissingForm f = form;
        ProtectionForm.run(FORM, INPUTS, LABELS, "protection.missing.returnRecorded", () -> missing.returned(
                ProtectionForm.childId(fileView), episode.id(), new ProtectionInputs.ReturnInput(
                        ProtectionForm.iso(f.getReturnedAt(), localTimes.zone()), f.getReturnPlace(), f.getReturnHow(),
                        f.getDebrief())), this::load);
    }

    private String notifiedNow(boolean notified) {
        return notified ? clock.instant().toString() : null;
    }

    /** The report's, the police's and the return's fields. */
    public static final class MissingForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String reportedBy;
        private LocalDateTime lastSeenAt;
        private String lastSeenPlace;
        private String lastSeenWearing;
        private String lastSeenWith;
        private String riskLevel;
        private LocalDateTime policeNotifiedAt;
        private String policeStation;
        private String policeReference;
        private boolean guardianNotified;
        private String hotlineReference;
        private String sisAlertId;
        private LocalDateTime returnedAt;
        private String returnPlace;
        private String returnHow;
        private String debrief;

        void resetTimes(LocalDateTime now) {
            lastSeenAt = now;
            policeNotifiedAt = now;
            returnedAt = now;
        }

        void resetReport() {
            reportedBy = null;
            lastSeenPlace = null;
            lastSeenWearing = null;
            lastSeenWith = null;
            riskLevel = null;
            policeStation = null;
            policeReference = null;
        }

        /** The police notification, if the report names the station or a reference. */
        ProtectionInputs.PoliceInput police(ZoneId zone) {
            return ProtectionForm.blank(policeStation) && ProtectionForm.blank(policeReference) ? null
                    : new ProtectionInputs.PoliceInput(ProtectionForm.iso(policeNotifiedAt, zone), policeStation,
                            policeReference);
        }

        public String getReportedBy() { return reportedBy; }
        public void setReportedBy(String v) { reportedBy = v; }
        public LocalDateTime getLastSeenAt() { return lastSeenAt; }
        public void setLastSeenAt(LocalDateTime v) { lastSeenAt = v; }
        public String getLastSeenPlace() { return lastSeenPlace; }
        public void setLastSeenPlace(String v) { lastSeenPlace = v; }
        public String getLastSeenWearing() { return lastSeenWearing; }
        public void setLastSeenWearing(String v) { lastSeenWearing = v; }
        public String getLastSeenWith() { return lastSeenWith; }
        public void setLastSeenWith(String v) { lastSeenWith = v; }
        public String getRiskLevel() { return riskLevel; }
        public void setRiskLevel(String v) { riskLevel = v; }
        public LocalDateTime getPoliceNotifiedAt() { return policeNotifiedAt; }
        public void setPoliceNotifiedAt(LocalDateTime v) { policeNotifiedAt = v; }
        public String getPoliceStation() { return policeStation; }
        public void setPoliceStation(String v) { policeStation = v; }
        public String getPoliceReference() { return policeReference; }
        public void setPoliceReference(String v) { policeReference = v; }
        public boolean isGuardianNotified() { return guardianNotified; }
        public void setGuardianNotified(boolean v) { guardianNotified = v; }
        public String getHotlineReference() { return hotlineReference; }
        public void setHotlineReference(String v) { hotlineReference = v; }
        public String getSisAlertId() { return sisAlertId; }
        public void setSisAlertId(String v) { sisAlertId = v; }
        public LocalDateTime getReturnedAt() { return returnedAt; }
        public void setReturnedAt(LocalDateTime v) { returnedAt = v; }
        public String getReturnPlace() { return returnPlace; }
        public void setReturnPlace(String v) { returnPlace = v; }
        public String getReturnHow() { return returnHow; }
        public void setReturnHow(String v) { returnHow = v; }
        public String getDebrief() { return debrief; }
        public void setDebrief(String v) { debrief = v; }
    }
}
