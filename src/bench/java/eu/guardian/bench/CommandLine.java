package eu.guardian.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of the two bench commands: {@code --name value} pairs and bare {@code --flag}s, each with an environment
 * variable as fallback, so that deploy/benchmark.sh can pass settings either way.
 */
final class CommandLine {

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    CommandLine(String[] args, Set<String> knownOptions, Set<String> knownFlags) {
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (knownFlags.contains(name)) {
                flags.add(name);
            } else if (knownOptions.contains(name) && i + 1 < args.length) {
                values.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("Unknown option or missing value: " + name + " (known: "
                        + String.join(", ", knownOptions) + ", " + String.join(", ", knownFlags) + ")");
            }
        }
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }

    String text(String option, String environmentVariable, String defaultValue) {
        String value = values.get(option);
        if (value == null && environmentVariable != null) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? defaultValue : value;
    }

    int number(String option, String environmentVariable, int defaultValue, int minimum, int maximum) {
        String text = text(option, environmentVariable, null);
        int value = text == null ? defaultValue : Integer.parseInt(text.replace("_", ""));
        if (value < minimum || value > maximum) {
            throw new IllegalArgumentException(option + " must be between " + minimum + " and " + maximum + ": "
                    + value);
        }
        return value;
    }

    List<Integer> numbers(String option, String environmentVariable, String defaultValue) {
        return List.of(text(option, environmentVariable, defaultValue).split(",")).stream()
                .map(String::trim).map(Integer::parseInt).toList();
    }
}
