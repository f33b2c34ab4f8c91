package eu.guardian.document;

import eu.guardian.stack.GuardianStack;
import eu.guardian.testsupport.Api.Reply;
import eu.guardian.testsupport.Tokens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Documents over the real API: multipart uploads as a browser or curl sends them, downloads with their headers. */
final class Uploads {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    record Download(int status, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(), List.of("")).get(0);
        }
    }

    private Uploads() {
    }

    /** POST /api/children/{id}/attachments with the fields (in order) and then the file. */
    static Reply upload(String username, long childId, Map<String, String> fields, String fileName, byte[] file) {
        return upload(username, childId, fields, fileName, file, "en", true);
    }

    static Reply upload(String username, long childId, Map<String, String> fields, String fileName, byte[] file,
            String language, boolean withLength) {
        String boundary = "----GuardianTest" + UUID.randomUUID().toString().replace("-", "");
        byte[] body = body(boundary, fields, fileName, file);
        HttpRequest.BodyPublisher publisher = withLength ? HttpRequest.BodyPublishers.ofByteArray(body)
                : HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body));
        HttpRequest request = HttpRequest.newBuilder(uri("/api/children/" + childId + "/attachments"))
                .header("Authorization", "Bearer " + Tokens.accessToken(username))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", language).POST(publisher).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> category(String category) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("category", category);
        return fields;
    }

    static Download download(String username, String path) {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + Tokens.accessToken(username)).GET().build();
        try {
            HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                return new Download(response.statusCode(), response.headers().map(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] body(String boundary, Map<String, String> fields, String fileName, byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data;"
                + " name=\"" + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static URI uri(String path) {
        return URI.create(GuardianStack.shared().appUrl() + path);
    }
}
