package eu.guardian.protection;

import eu.guardian.child.ChildFileView;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.web.FormAction;
import eu.guardian.platform.web.FormMessages;
import jakarta.faces.application.FacesMessage;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * What the protection tab's views share: run a form's change and show what refused it (broken rules at their inputs,
 * the firewall, a conflict such as a closed case), and the page's date-times (entered and shown in the reader's time
 * zone, docs/languages.md).
 */
final class ProtectionForm {

    private ProtectionForm() {
    }

    /**
     * Runs the change; on success reloads the view and says so.
     *
     * @return whether it went through
     */
    static boolean run(String form, Map<String, String> inputs, Map<String, String> labels, String doneKey,
            Runnable change, Runnable reload) {
        try {
            return FormAction.of(form, inputs, labels).notFoundAsErrorPage().run(() -> {
                change.run();
                reload.run();
                FormMessages.add(null, FacesMessage.SEVERITY_INFO, doneKey);
            });
        } catch (FirewallRefusal refused) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, "protection.firewall.refused");
        } catch (Conflict conflict) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, conflict.messageKey());
        }
        return false;
    }

    /** The child whose file is open. */
    static long childId(ChildFileView file) {
        return file.getFile().id();
    }

    /** Now, to the minute, as the page's date-time pickers show it (the reader's zone). */
    static LocalDateTime now(Clock clock, ZoneId zone) {
        return LocalDateTime.now(clock.withZone(zone)).withSecond(0).withNano(0);
    }

    /** A typed wall-clock time in the reader's zone as the instant the service takes. */
    static String iso(LocalDateTime value, ZoneId zone) {
        return value == null ? null : value.atZone(zone).toInstant().toString();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
