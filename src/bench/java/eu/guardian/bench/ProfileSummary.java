package eu.guardian.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU went in a Java Flight Recording of the server (deploy/benchmark.sh --profile): of the execution
 * samples, the share of the top methods (self time), and the share of samples in which a package appears anywhere
 * on the stack (inclusive), for the packages that matter to Guardian's requests.
 *
 * <pre>
 *   ProfileSummary RECORDING.jfr [TOP]
 * </pre>
 */
public final class ProfileSummary {

    private ProfileSummary() {
    }

    public static void main(String[] args) throws IOException {
        Path recording = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> selfPackages = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            RecordedFrame first = frames.get(0);
            self.merge(name(first), 1, Integer::sum);
            selfPackages.merge(packageOf(first, 3), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String key = frame.getMethod().getType().getName().startsWith("eu.guardian.")
                        ? name(frame) : packageOf(frame, 3);
                if (seen.add(key)) {
                    inclusive.merge(key, 1, Integer::sum);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d execution samples in %s%n", samples, recording);
        print("Top methods (self)", self, samples, top);
        print("Packages of the top frame (self)", selfPackages, samples, top);
        print("On the stack (inclusive: packages, and Guardian's own methods)", inclusive, samples, top * 2);
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.printf("%n%s%n", title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(entry -> System.out.printf(Locale.ROOT, "  %5.1f %%  %s%n",
                        100.0 * entry.getValue() / Math.max(samples, 1), entry.getKey()));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String packageOf(RecordedFrame frame, int segments) {
        String[] parts = frame.getMethod().getType().getName().split("\\.");
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < Math.min(segments, parts.length - 1); i++) {
            name.append(i == 0 ? "" : ".").append(parts[i]);
        }
        return name.length() == 0 ? "(default)" : name.toString();
    }
}
