package eu.guardian.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A login Guardian made (or took over) in Keycloak, linked by Keycloak's user id. Keycloak holds the credentials and
 * the person's names; this record says which login exists for which role, so that Guardian and Keycloak can be
 * reconciled and every change to it is Guardian's own, audited action (docs/accounts.md).
 */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    @Id
    @TableGenerator(name = "staff_account_id", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "staff_account", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "staff_account_id")
    private Long id;

    @Column(name = "keycloak_id", nullable = false, updatable = false)
    private String keycloakId;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "role", nullable = false)
    private String role;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AccountStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "invited_at")
    private Instant invitedAt;

    @Version
    private long version;

    protected StaffAccount() {
        // for JPA
    }

    /** @param role the realm role's name (operator is a realm role without a {@code Role} of Guardian's pages) */
    public StaffAccount(String keycloakId, String username, String role, String createdBy, Instant createdAt) {
        this.keycloakId = Objects.requireNonNull(keycloakId);
        this.username = Objects.requireNonNull(username);
        this.role = Objects.requireNonNull(role);
        this.status = AccountStatus.ACTIVE;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void invited(Instant at) {
        this.invitedAt = at;
    }

    public void disable() {
        this.status = AccountStatus.DISABLED;
    }

    public void enable() {
        this.status = AccountStatus.ACTIVE;
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public String getKeycloakId() {
        return keycloakId;
    }

    public String getUsername() {
        return username;
    }

    public String getRole() {
        return role;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Optional<Instant> invitedAt() {
        return Optional.ofNullable(invitedAt);
    }

    public long getVersion() {
        return version;
    }
}
