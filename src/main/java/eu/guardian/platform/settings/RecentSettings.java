package eu.guardian.platform.settings;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The settings as last read from the database, each kept for {@link #FRESH_FOR}: most requests read several settings
 * (deadlines, caps, the time zone), which changed perhaps once a year. A change made on this server is seen at once;
 * one made on another server of the cluster within {@link #FRESH_FOR} (docs/performance.md, "Caches").
 */
@ApplicationScoped
public class RecentSettings {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private record Read(Optional<String> value, long readAtNanos) {
    }

    private final ConcurrentHashMap<String, Read> reads = new ConcurrentHashMap<>();

    /** The setting's value, read with {@code load} unless read less than {@link #FRESH_FOR} ago. */
    Optional<String> value(String name, Function<String, Optional<String>> load) {
        long now = System.nanoTime();
        Read read = reads.get(name);
        if (read == null || now - read.readAtNanos() > FRESH_FOR.toNanos()) {
            read = new Read(load.apply(name), now);
            reads.put(name, read);
        }
        return read.value();
    }

    /** After a change on this server: the next read goes to the database. */
    void forget(String name) {
        reads.remove(name);
    }
}
