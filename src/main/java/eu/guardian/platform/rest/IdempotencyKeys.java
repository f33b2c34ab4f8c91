package eu.guardian.platform.rest;

import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.InvalidInput;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Any POST of the API may carry an {@code Idempotency-Key} header (a value the client chose, e.g. a UUID, per
 * record it means to create): the first request with a key runs and its answer is kept for a day; a retry with the
 * same key and the same request gets that answer again, marked {@code Idempotent-Replayed: true}, and creates nothing;
 * the same key with another request is refused (409). Keys are the caller's own. One mechanism for every resource
 * (docs/cluster.md#idempotency): a client whose request timed out, or whose server failed, retries safely.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyKeys implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;
    /** Answers larger than this (none of the creations') are not kept: the key is freed instead. */
    private static final int MAX_KEPT_BODY = 1 << 20;
    /** How long a retry waits for the first request, still running (on this or another server), to answer. */
    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(10);
    /** Request bodies up to this size are kept in memory while the key is checked; larger ones in a file. */
    private static final int IN_MEMORY = 1 << 20;
    /** Above any document's size limit (docs/documents.md): a larger body is refused before it reaches a resource. */
    private static final int MAX_SPOOLED_MB = 128;
    private static final String CLAIM = IdempotencyKeys.class.getName() + ".claim";
    private static final String ANSWER = IdempotencyKeys.class.getName() + ".answer";

    /** This request holds the key (on any server) until its answer is kept. */
    private record Claim(String username, String key, String requestHash, IdempotentRequests.HeldKey held) {
    }

    private record Pending(Claim claim, int status, String contentType, String location) {
    }

    @Inject
    IdempotentRequests requests;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (!"POST".equals(request.getMethod()) || key == null || caller == null) {
            return;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new InvalidInput(HEADER, "idempotency.keyInvalid", MAX_KEY_LENGTH);
        }
        String hash = hashAndKeepBody(request);
        IdempotentRequests.HeldKey held;
        try {
            // A request under this key still running (here or on another server) is waited for; one whose server
            // died no longer holds it: the database freed its lock with its connection.
            held = requests.hold(caller.getName(), key, WAIT_FOR_FIRST).orElseThrow(
                    () -> new Conflict("idempotency.inProgress", List.of()));
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency key not checked", e);
        }
        Optional<IdempotentRequests.Earlier> earlier;
        try {
            earlier = requests.earlier(caller.getName(), key);
        } catch (RuntimeException e) {
            held.close();
            throw e;
        }
        if (earlier.isEmpty()) {
            request.setProperty(CLAIM, new Claim(caller.getName(), key, hash, held));
            return;
        }
        held.close();
        if (!earlier.get().requestHash().equals(hash)) {
            throw new Conflict("idempotency.keyReused", List.of());
        }
        IdempotentRequests.Answer answer = earlier.get().answer();
        Response.ResponseBuilder replay = Response.status(answer.status()).header("Idempotent-Replayed", "true");
        if (answer.location() != null) {
            replay.header(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.body() != null && answer.body().length > 0) {
            replay.entity(answer.body()).type(answer.contentType());
        }
        request.abortWith(replay.build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Claim claim = (Claim) request.getProperty(CLAIM);
        if (claim == null) {
            return;
        }
        request.removeProperty(CLAIM);
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        String type = response.getMediaType() == null ? null : response.getMediaType().toString();
        if (response.getStatus() >= 500) { // nothing to replay: a retry runs anew
            claim.held().close();
        } else if (!response.hasEntity()) {
            keep(claim, new IdempotentRequests.Answer(response.getStatus(), type, location, new byte[0]));
        } else {
            request.setProperty(ANSWER, new Pending(claim, response.getStatus(), type, location));
        }
    }

    /** Keeps the answer's body before the client gets it, so that a retry after this server's failure finds it. */
    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Pending pending = (Pending) context.getProperty(ANSWER);
        if (pending == null) {
            context.proceed();
            return;
        }
        context.removeProperty(ANSWER);
        OutputStream client = context.getOutputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        context.setOutputStream(body);
        try {
            context.proceed();
        } catch (IOException | RuntimeException e) {
            pending.claim().held().close();
            throw e;
        } finally {
            context.setOutputStream(client);
        }
        if (body.size() > MAX_KEPT_BODY) {
            pending.claim().held().close();
        } else {
            keep(pending.claim(), new IdempotentRequests.Answer(pending.status(), pending.contentType(),
                    pending.location(), body.toByteArray()));
        }
        body.writeTo(client);
    }

    private void keep(Claim claim, IdempotentRequests.Answer answer) {
        try (IdempotentRequests.HeldKey held = claim.held()) {
            requests.keep(claim.username(), claim.key(), claim.requestHash(), answer);
        }
    }

    /**
     * The request as the key stands for it (method, path and query, and body), read once: the body is given back to
     * the resource from memory, or from a temporary file when large (an upload), deleted when it has been read.
     */
    private static String hashAndKeepBody(ContainerRequestContext request) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        digest.update((request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery() + "\n").getBytes(StandardCharsets.UTF_8));
        InputStream entity = request.getEntityStream();
        byte[] head = entity.readNBytes(IN_MEMORY + 1);
        digest.update(head);
        if (head.length <= IN_MEMORY) {
            request.setEntityStream(new ByteArrayInputStream(head));
        } else {
            Path spool = Files.createTempFile("guardian-request-", ".body");
            long length;
            try (OutputStream file = Files.newOutputStream(spool)) {
                file.write(head); // already in the digest
                length = head.length + entity.transferTo(new DigestOutputStream(file, digest));
            }
            if (length > MAX_SPOOLED_MB * 1024L * 1024L) {
                Files.delete(spool);
                throw new InvalidInput(HEADER, "idempotency.bodyTooLarge", MAX_SPOOLED_MB);
            }
            request.setEntityStream(Files.newInputStream(spool, StandardOpenOption.DELETE_ON_CLOSE));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
