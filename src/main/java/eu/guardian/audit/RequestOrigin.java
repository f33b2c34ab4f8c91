package eu.guardian.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** Where the current request came from, for the audit trail: client address and request id. */
@RequestScoped
public class RequestOrigin {

    private String clientAddress;
    private String requestId;

    void set(String clientAddress, String requestId) {
        this.clientAddress = clientAddress;
        this.requestId = requestId;
    }

    public Optional<String> clientAddress() {
        return Optional.ofNullable(clientAddress);
    }

    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }
}
