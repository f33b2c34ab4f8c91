package eu.guardian.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import eu.guardian.platform.time.RealTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Tells whether the sign-in service (Keycloak) answers. Asked before a user is sent to sign in, so that a user meets a
 * clear "sign-in service unavailable" page rather than a browser error, and by the readiness check. The answer is
 * kept for a few seconds so that a burst of requests costs one look-up.
 */
@ApplicationScoped
public class SignInServiceProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration REMEMBERED_FOR = Duration.ofSeconds(3);

    @Inject
    OidcSettings settings;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    @Inject
    @RealTime
    Clock clock;
    private volatile Answer last = new Answer(false, Instant.EPOCH);

    public boolean isAvailable() {
        Answer answer = last;
        if (answer.askedAt().plus(REMEMBERED_FOR).isBefore(clock.instant())) {
            answer = new Answer(ask(), clock.instant());
            last = answer;
        }
        return answer.available();
    }

    /** Forgets the remembered answer, e.g. after a failure that proves the service went away. */
    public void forget() {
        last = new Answer(false, Instant.EPOCH);
    }

    private boolean ask() {
        HttpRequest request = HttpRequest.newBuilder(settings.discoveryDocument()).timeout(TIMEOUT).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private record Answer(boolean available, Instant askedAt) {
    }
}
