package eu.guardian.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Idempotent creation from pages (docs/cluster.md#idempotency): a creation form carries a key issued with its view
 * ({@link #issue()}, kept in the view's state and sent as a hidden field), and its save runs through
 * {@link #once}, with the API's record of keys ({@link IdempotentRequests}). A second post of the same form (a double
 * click, a browser's retry, the same session on another instance after a failover) waits for the first, creates
 * nothing and goes where the first went.
 */
@ApplicationScoped
public class FormKeys {

    /** The hidden field's name. */
    public static final String FIELD = "guardian-form-key";
    private static final String PREFIX = "form:";
    private static final String REQUEST = "page form";
    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(10);

    @Inject
    IdempotentRequests requests;

    /** A new form's key. */
    public static String issue() {
        return UUID.randomUUID().toString();
    }

    /**
     * Runs {@code creation} once for the user's form key; it returns the page to go to after it, which a later post
     * with the key gets without running it.
     */
    public String once(String username, String formKey, Supplier<String> creation) {
        String key = PREFIX + formKey;
        try (IdempotentRequests.HeldKey held = requests.hold(username, key, WAIT_FOR_FIRST)
                .orElseThrow(() -> new IllegalStateException("A form key is held for longer than "
                        + WAIT_FOR_FIRST))) {
            Optional<IdempotentRequests.Earlier> earlier = requests.earlier(username, key);
            if (earlier.isPresent()) {
                return earlier.get().answer().location();
            }
            String next = creation.get();
            requests.keep(username, key, REQUEST, new IdempotentRequests.Answer(303, null, next, new byte[0]));
            return next;
        } catch (SQLException e) {
            throw new IllegalStateException("The form key could not be checked", e);
        }
    }
}
