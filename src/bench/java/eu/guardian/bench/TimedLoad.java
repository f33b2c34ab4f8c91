package eu.guardian.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/**
 * Sends one kind of request from several clients at once for a fixed time and keeps every response time: the time
 * from sending to having read the whole answer. Each client waits for its answer before it sends again (a closed
 * loop), so requests per second at N clients is the throughput the server reaches with N requests in flight.
 */
final class TimedLoad {

    /** One request as a client sends it; {@code client} names the client (0..clients-1), e.g. to pick its session. */
    @FunctionalInterface
    interface Request {
        Outcome send(int client, RandomGenerator random) throws IOException, InterruptedException;
    }

    /** A request's time, whether it gave what was asked, and the size of its answer. */
    record Outcome(long nanos, boolean ok, long bytes) {
    }

    /** Latencies of the successful and failed requests alike, errors, requests per second, mean answer size. */
    record Result(Latencies latencies, int errors, double perSecond, long meanBytes) {
    }

    private TimedLoad() {
    }

    static Result run(Request request, int clients, long durationNanos, long seed)
            throws IOException, InterruptedException {
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        long deadline = started + durationNanos;
        List<long[]> times = new ArrayList<>();
        long bytes = 0;
        try {
            List<Future<long[]>> workers = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int index = client;
                SplittableRandom random = new SplittableRandom(seed + 31L * client);
                workers.add(pool.submit(() -> loop(request, index, random, deadline, errors)));
            }
            for (Future<long[]> worker : workers) {
                long[] result = worker.get();
                bytes += result[0];
                times.add(Arrays.copyOfRange(result, 1, result.length));
            }
        } catch (ExecutionException e) {
            throw new IOException("A benchmark client failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] nanos = times.stream().flatMapToLong(Arrays::stream).toArray();
        if (nanos.length == 0) {
            throw new IOException("No request finished within " + durationNanos / 1e9 + " s");
        }
        return new Result(new Latencies(nanos), errors.get(), nanos.length / seconds, bytes / nanos.length);
    }

    /** Element 0: the bytes received in all; then one time per request. */
    private static long[] loop(Request request, int client, RandomGenerator random, long deadline,
            AtomicInteger errors) throws IOException, InterruptedException {
        long[] nanos = new long[1024];
        int count = 1;
        while (System.nanoTime() - deadline < 0) {
            Outcome outcome = request.send(client, random);
            if (!outcome.ok()) {
                errors.incrementAndGet();
            }
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, nanos.length * 2);
            }
            nanos[count++] = outcome.nanos();
            nanos[0] += outcome.bytes();
        }
        return Arrays.copyOf(nanos, count);
    }
}
