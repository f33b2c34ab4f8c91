package eu.guardian.document;

import eu.guardian.document.storage.MasterKey;
import eu.guardian.platform.keys.KeyRing;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The documents' master keys, from MicroProfile Config (environment variables in production; never in the database,
 * never in the repository, never logged). Checked when Guardian starts: without a master key no document could be
 * stored or read, so Guardian refuses to start (docs/documents.md, "Keys").
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // immutable once started: no container lock per call
public class DocumentKeys {

    private static final Logger LOG = Logger.getLogger(DocumentKeys.class.getName());

    @Inject
    @ConfigProperty(name = "guardian.documents.master-key-id")
    Optional<String> keyId;

    @Inject
    @ConfigProperty(name = "guardian.documents.master-key")
    Optional<String> key;

    /** Keys no longer used to wrap, still needed until their files are re-wrapped: {@code id:base64,id:base64}. */
    @Inject
    @ConfigProperty(name = "guardian.documents.retired-master-keys")
    Optional<String> retiredKeys;

    private KeyRing<MasterKey> ring;

    @PostConstruct
    void load() {
        if (key.isEmpty() || keyId.isEmpty()) {
            throw new IllegalStateException("The documents' master key is not configured: set"
                    + " GUARDIAN_DOCUMENTS_MASTER_KEY (Base64 of 32 random bytes) and GUARDIAN_DOCUMENTS_MASTER_KEY_ID"
                    + " (docs/documents.md)");
        }
        ring = MasterKey.ring(keyId.get(), key.get(), retiredKeys);
        LOG.info(() -> "Document keys are wrapped with the master key '" + ring.current().id() + "'");
    }

    public MasterKey current() {
        return ring.current();
    }

    public Optional<MasterKey> find(String id) {
        return ring.find(id);
    }
}
