package eu.guardian.platform.operations;

import java.util.Locale;

/** Prometheus' text format (0.0.4): each metric's HELP and TYPE once, then its samples. */
public final class MetricsText {

    private final StringBuilder text = new StringBuilder(4096);

    public MetricsText gauge(String name, String help, String labels, double value) {
        return sample(name, "gauge", help, labels, value);
    }

    public MetricsText counter(String name, String help, String labels, double value) {
        return sample(name, "counter", help, labels, value);
    }

    /** One label, its value escaped as the format asks. */
    public static String label(String name, String value) {
        return "{" + name + "=\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
    }

    MetricsText histogram(String name, String help, String group, double[] bounds, long[] counts, double sum) {
        header(name, "histogram", help);
        long cumulative = 0;
        String groupLabel = "group=\"" + group + "\"";
        for (int i = 0; i < bounds.length; i++) {
            cumulative += counts[i];
            line(name + "_bucket", "{" + groupLabel + ",le=\"" + number(bounds[i]) + "\"}", cumulative);
        }
        cumulative += counts[bounds.length];
        line(name + "_bucket", "{" + groupLabel + ",le=\"+Inf\"}", cumulative);
        line(name + "_sum", "{" + groupLabel + "}", sum);
        line(name + "_count", "{" + groupLabel + "}", cumulative);
        return this;
    }

    private MetricsText sample(String name, String type, String help, String labels, double value) {
        header(name, type, help);
        line(name, labels, value);
        return this;
    }

    private void header(String name, String type, String help) {
        if (text.indexOf("# TYPE " + name + " ") < 0) {
            text.append("# HELP ").append(name).append(' ').append(help).append('\n')
                    .append("# TYPE ").append(name).append(' ').append(type).append('\n');
        }
    }

    private void line(String name, String labels, double value) {
        text.append(name).append(labels).append(' ').append(number(value)).append('\n');
    }

    private static String number(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value) ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.3f", value);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
