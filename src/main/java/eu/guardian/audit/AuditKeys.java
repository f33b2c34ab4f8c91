package eu.guardian.audit;

import eu.guardian.platform.keys.KeyRing;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The audit trail's keys and limits, from MicroProfile Config (environment variables in production; never in the
 * database, never in the repository, never logged). Checked when Guardian starts: without a MAC key Guardian cannot
 * write an entry, so it refuses to start rather than fail at the first audited action. See docs/audit-integrity.md.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // immutable once started: no container lock per call
public class AuditKeys {

    private static final Logger LOG = Logger.getLogger(AuditKeys.class.getName());

    @Inject
    @ConfigProperty(name = "guardian.audit.mac-key-id")
    Optional<String> macKeyId;

    @Inject
    @ConfigProperty(name = "guardian.audit.mac-key")
    Optional<String> macKey;

    /** Keys no longer used to seal, still needed to verify their segments: {@code id:base64,id:base64}. */
    @Inject
    @ConfigProperty(name = "guardian.audit.retired-mac-keys")
    Optional<String> retiredMacKeys;

    /** The oversight body's public keys (Base64, comma-separated): the only signers of checkpoints Guardian trusts. */
    @Inject
    @ConfigProperty(name = "guardian.audit.checkpoint-public-keys")
    Optional<String> checkpointPublicKeys;

    @Inject
    @ConfigProperty(name = "guardian.audit.checkpoint-max-age-hours", defaultValue = "24")
    int checkpointMaxAgeHours;

    @Inject
    @ConfigProperty(name = "guardian.audit.max-clock-skew-seconds", defaultValue = "2")
    int maxClockSkewSeconds;

    private KeyRing<MacKey> ring;
    private Map<String, PublicKey> checkpointSigners;

    @PostConstruct
    void load() {
        if (macKey.isEmpty() || macKeyId.isEmpty()) {
            throw new IllegalStateException("The audit trail's MAC key is not configured: set GUARDIAN_AUDIT_MAC_KEY"
                    + " (Base64, at least " + MacKey.MINIMUM_BYTES + " random bytes) and GUARDIAN_AUDIT_MAC_KEY_ID"
                    + " (docs/audit-integrity.md)");
        }
        ring = MacKey.ring(macKeyId.get(), macKey.get(), retiredMacKeys);
        checkpointSigners = CheckpointKeys.trusted(checkpointPublicKeys.orElse(""));
        if (checkpointSigners.isEmpty()) {
            LOG.warning("No checkpoint public key is configured (GUARDIAN_AUDIT_CHECKPOINT_PUBLIC_KEYS): the audit"
                    + " trail's checkpoints cannot be verified, and each counts as a problem");
        }
        LOG.info(() -> "Audit entries are sealed with the MAC key '" + ring.current().id() + "'; checkpoint signers: "
                + checkpointSigners.keySet());
    }

    /** The key that seals new entries. */
    public MacKey current() {
        return ring.current();
    }

    public ChainVerifier.Settings verifierSettings() {
        return new ChainVerifier.Settings(ring, checkpointSigners, Duration.ofSeconds(maxClockSkewSeconds), List.of());
    }

    public Map<String, PublicKey> checkpointSigners() {
        return checkpointSigners;
    }

    public Duration checkpointMaxAge() {
        return Duration.ofHours(checkpointMaxAgeHours);
    }
}
