package eu.guardian.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 20's budgets against a running Guardian (deploy/run.sh): a 20 MB document uploaded and downloaded through the
 * API (each at most 1.5 s), and 8 such uploads at once raising the server's heap by less than 64 MB, i.e. streamed,
 * not held. The heap is read from the server itself with {@code jcmd} (same machine, same user): a full GC, then the
 * live heap, before and repeatedly during the concurrent uploads; the growth of the live heap is what the uploads
 * hold (each sample is a full collection and a count of what is still reachable). Budgets are measured, never
 * asserted: the exit status is 0 whenever the run itself worked.
 *
 * <pre>
 *   DocumentBenchmark [--app http://localhost:8080] [--keycloak http://localhost:8180] [--size-mb 20]
 *                     [--requests 10] [--warmup 10] [--concurrent 8] [--server-pid PID | --pid-file var/run/payara.pid]
 * </pre>
 */
public final class DocumentBenchmark {

    private static final long TRANSFER_BUDGET_MS = 1_500;
    private static final long HEAP_BUDGET_MB = 64;
    private static final String CASEWORKER = "caseworker1";
    private static final Pattern LIVE_TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");

    private final HttpClient http;
    private final URI app;
    private final TokenSource tokens;
    private final int warmup;

    private DocumentBenchmark(HttpClient http, URI app, TokenSource tokens, int warmup) {
        this.http = http;
        this.app = app;
        this.tokens = tokens;
        this.warmup = warmup;
    }

    public static void main(String[] args) throws Exception {
        CommandLine options = new CommandLine(args, Set.of("--app", "--keycloak", "--size-mb", "--requests",
                "--concurrent", "--server-pid", "--pid-file", "--realm-file", "--warmup"), Set.of());
        URI app = Loopback.requireHttp("Guardian", options.text("--app", "APP_URL", "http://localhost:8080"));
        URI keycloak = Loopback.requireHttp("Keycloak", options.text("--keycloak", "KEYCLOAK_URL",
                "http://localhost:8180"));
        int sizeMb = options.number("--size-mb", "BENCH_DOCUMENT_MB", 20, 1, 100);
        int requests = options.number("--requests", "BENCH_DOCUMENT_REQUESTS", 10, 1, 200);
        int warmup = options.number("--warmup", "BENCH_DOCUMENT_WARMUP", 10, 0, 200);
        int concurrent = options.number("--concurrent", "BENCH_DOCUMENT_CONCURRENT", 8, 1, 32);
        String pid = options.text("--server-pid", "BENCH_SERVER_PID", null);
        if (pid == null) {
            Path pidFile = Path.of(options.text("--pid-file", null,
                    System.getenv().getOrDefault("GUARDIAN_HOME", "var") + "/run/payara.pid"));
            pid = Files.exists(pidFile) ? Files.readString(pidFile).strip() : null;
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        TokenSource tokens = new TokenSource(http, URI.create(keycloak + "/realms/guardianship"), "guardian-app",
                TokenSource.clientSecret(Path.of(options.text("--realm-file", null, "realm-export.json")),
                        "guardian-app"));
        DocumentBenchmark benchmark = new DocumentBenchmark(http, app, tokens, warmup);
        long childId = benchmark.child();
        byte[] pdf = scannedPdf(sizeMb * 1024 * 1024, 20);
        byte[] photo = photo(sizeMb);
        System.out.printf("Documents benchmark at %s: %d CPUs, load average %.1f; a %.1f MB PDF and a %.1f MB JPEG,"
                + " %d measured transfers each after %d unmeasured; child %d.%n", app,
                Runtime.getRuntime().availableProcessors(), loadAverage(), pdf.length / 1048576.0,
                photo.length / 1048576.0, requests, warmup, childId);

        List<String> rows = new ArrayList<>();
        long pdfId = benchmark.timeUploads("upload, PDF", childId, pdf, "scan.pdf", requests, rows);
        benchmark.timeDownloads("download, PDF", pdfId, pdf.length, requests, rows);
        long photoId = benchmark.timeUploads("upload, JPEG photo (thumbnail)", childId, photo, "photo.jpg",
                requests, rows);
        benchmark.timeDownloads("download, JPEG photo", photoId, -1, requests, rows);
        System.out.println();
        System.out.println("| what | p50 | p95 | max | budget | |");
        System.out.println("|---|---:|---:|---:|---|---|");
        rows.forEach(System.out::println);

        if (pid == null) {
            System.out.println("\nNo server PID (--server-pid or --pid-file): the heap under concurrent uploads is not"
                    + " measured.");
            return;
        }
        benchmark.concurrentUploads(pid, childId, pdf, concurrent);
    }

    private long timeUploads(String name, long childId, byte[] file, String fileName, int requests,
            List<String> rows) throws IOException, InterruptedException {
        long id = 0;
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < requests + warmup; i++) {
            long started = System.nanoTime();
            HttpResponse<String> answer = upload(childId, file, fileName);
            long took = (System.nanoTime() - started) / 1_000_000;
            if (answer.statusCode() != 201) {
                throw new IllegalStateException(name + ": HTTP " + answer.statusCode() + " " + answer.body());
            }
            Matcher idField = Pattern.compile("\"id\":(\\d+)").matcher(answer.body());
            id = idField.find() ? Long.parseLong(idField.group(1)) : id;
            if (i >= warmup) {
                millis.add(took);
            }
        }
        rows.add(row(name, millis));
        System.out.printf("  %-34s %s%n", name, rows.get(rows.size() - 1));
        return id;
    }

    private void timeDownloads(String name, long id, long expectedBytes, int requests, List<String> rows)
            throws IOException, InterruptedException {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < requests + warmup; i++) {
            long started = System.nanoTime();
            HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(app.resolve("/api/attachments/" + id))
                    .header("Authorization", "Bearer " + tokens.bearerFor(CASEWORKER)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            long read;
            try (InputStream body = answer.body()) {
                read = body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            long took = (System.nanoTime() - started) / 1_000_000;
            if (answer.statusCode() != 200 || expectedBytes >= 0 && read != expectedBytes) {
                throw new IllegalStateException(name + ": HTTP " + answer.statusCode() + ", " + read + " bytes");
            }
            if (i >= warmup) {
                millis.add(took);
            }
        }
        rows.add(row(name, millis));
        System.out.printf("  %-34s %s%n", name, rows.get(rows.size() - 1));
    }

    /** Uploads from {@code count} clients at once while the server's live heap is sampled (full GC, then used). */
    private void concurrentUploads(String pid, long childId, byte[] file, int count) throws Exception {
        long before = liveHeapKb(pid);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Long> samples = new ArrayList<>();
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                try {
                    long live = liveHeapKb(pid);
                    synchronized (samples) {
                        samples.add(live);
                    }
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        ExecutorService clients = Executors.newFixedThreadPool(count);
        long started = System.nanoTime();
        sampler.start();
        List<Future<HttpResponse<String>>> uploads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            uploads.add(clients.submit(() -> upload(childId, file, "concurrent.pdf")));
        }
        int stored = 0;
        for (Future<HttpResponse<String>> upload : uploads) {
            stored += upload.get().statusCode() == 201 ? 1 : 0;
        }
        long took = (System.nanoTime() - started) / 1_000_000;
        running.set(false);
        sampler.join();
        clients.shutdown();
        long peak;
        synchronized (samples) {
            peak = samples.stream().mapToLong(Long::longValue).max().orElse(before);
        }
        long growthMb = Math.max(0, peak - before) / 1024;
        System.out.printf("%n%d concurrent %.0f MB uploads: %d stored in %.1f s. Server live heap (after a full GC):"
                + " %d MB before, at most %d MB during (%d samples): +%d MB, budget < %d MB: %s.%n", count,
                file.length / 1048576.0, stored, took / 1000.0, before / 1024, peak / 1024, samples.size(), growthMb,
                HEAP_BUDGET_MB, growthMb < HEAP_BUDGET_MB ? "PASS" : "OVER");
    }

    /**
     * The server's live heap in KB: {@code jcmd GC.class_histogram} makes the JVM collect fully and then counts every
     * object still reachable (its "Total" line), so garbage not yet collected never counts.
     */
    private static long liveHeapKb(String pid) throws IOException, InterruptedException {
        Matcher total = LIVE_TOTAL.matcher(jcmd(pid, "GC.class_histogram"));
        if (!total.find()) {
            throw new IOException("jcmd GC.class_histogram gave no total");
        }
        return Long.parseLong(total.group(1)) / 1024;
    }

    private static String jcmd(String pid, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("jcmd", pid, command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("jcmd " + pid + " " + command + " failed: " + output);
        }
        return output;
    }

    private HttpResponse<String> upload(long childId, byte[] file, String fileName)
            throws IOException, InterruptedException {
        String boundary = "----GuardianBench" + UUID.randomUUID().toString().replace("-", "");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"category\"\r\n\r\nOTHER\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(app.resolve("/api/children/" + childId + "/attachments"))
                .header("Authorization", "Bearer " + tokens.bearerFor(CASEWORKER))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofByteArray(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private long child() throws IOException, InterruptedException {
        String child = "{\"givenNames\":\"Bench\",\"familyName\":\"Documents\",\"sex\":\"FEMALE\","
                + "\"birthDate\":\"2011-01-01\","
                + "\"nationalityKind\":\"STATELESS\",\"identifiedOn\":\"2026-01-02\",\"identifiedPlace\":\"Benchmark\","
                + "\"region\":\"North\",\"placementKind\":\"RECEPTION_CENTRE\",\"place\":\"Benchmark\"}";
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(app.resolve(
                "/api/children?acknowledgeDuplicates=true"))
                .header("Authorization", "Bearer " + tokens.bearerFor(CASEWORKER))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(child)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(answer.body());
        if (answer.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("Could not register the benchmark's child: " + answer.body());
        }
        return Long.parseLong(id.group(1));
    }

    /** A PDF like a scanner's: one page whose image is a large (here random) JPEG stream. */
    static byte[] scannedPdf(int size, long seed) {
        byte[] image = new byte[size - 2_000]; // the rest of the file is a few hundred bytes
        new Random(seed).nextBytes(image);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        pdf.writeBytes("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
        String[] objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >>"
                        + " /Contents 5 0 R >>"};
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.size());
            pdf.writeBytes(((i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n").getBytes(StandardCharsets.US_ASCII));
        }
        offsets.add(pdf.size());
        pdf.writeBytes(("4 0 obj\n<< /Type /XObject /Subtype /Image /Width 2480 /Height 3508 /ColorSpace /DeviceRGB"
                + " /BitsPerComponent 8 /Filter /DCTDecode /Length " + image.length + " >>\nstream\n")
                .getBytes(StandardCharsets.US_ASCII));
        pdf.writeBytes(image);
        pdf.writeBytes("\nendstream\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        String content = "q 595 0 0 842 0 0 cm /Im1 Do Q";
        offsets.add(pdf.size());
        pdf.writeBytes(("5 0 obj\n<< /Length " + content.length() + " >>\nstream\n" + content
                + "\nendstream\nendobj\n").getBytes(StandardCharsets.US_ASCII));
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 6\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        table.append("trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        pdf.writeBytes(table.toString().getBytes(StandardCharsets.US_ASCII));
        return pdf.toByteArray();
    }

    /**
     * A phone photo just under the size asked for: a noisy picture at high quality (noise hardly compresses, about
     * 0.86 bytes a pixel), made smaller until it fits.
     */
    static byte[] photo(int sizeMb) throws IOException {
        long limit = sizeMb * 1024L * 1024;
        byte[] photo = noisyJpeg((int) (limit * 1.1));
        while (photo.length > limit) {
            photo = noisyJpeg((int) (limit * 1.05 * limit / photo.length));
        }
        return photo;
    }

    private static byte[] noisyJpeg(int pixels) throws IOException {
        int width = (int) Math.sqrt(pixels * 4 / 3.0);
        int height = pixels / width;
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        Random random = new Random(21);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                row[x] = random.nextInt(0x1000000);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (javax.imageio.stream.MemoryCacheImageOutputStream out =
                new javax.imageio.stream.MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static String row(String name, List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        long p50 = sorted.get((sorted.size() - 1) / 2);
        long p95 = sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
        long max = sorted.get(sorted.size() - 1);
        return String.format("| %s | %d ms | %d ms | %d ms | ≤ %d ms | %s |", name, p50, p95, max, TRANSFER_BUDGET_MS,
                max <= TRANSFER_BUDGET_MS ? "PASS" : p95 <= TRANSFER_BUDGET_MS ? "PASS (p95)" : "OVER");
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
