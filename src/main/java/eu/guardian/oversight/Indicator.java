package eu.guardian.oversight;

import java.util.Optional;

/**
 * One number on the oversight dashboard: what it counts (a message key), how many, whether it needs attention
 * (anything overdue does), and the page that lists what is behind it.
 */
public record Indicator(String labelKey, long value, boolean needsAttention, Optional<String> listPage, int order) {

    public static Indicator attentionIfAny(String labelKey, long value, String listPage, int order) {
        return new Indicator(labelKey, value, value > 0, Optional.of(listPage), order);
    }

    public static Indicator info(String labelKey, long value, String listPage, int order) {
        return new Indicator(labelKey, value, false, Optional.of(listPage), order);
    }
}
