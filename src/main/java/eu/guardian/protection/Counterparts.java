package eu.guardian.protection;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.platform.persistence.NativeRows;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.persistence.Row;
import eu.guardian.platform.persistence.SqlConditions;
import eu.guardian.platform.reference.ReferenceData;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.protection.ProtectionInputs.CounterpartInput;
import eu.guardian.protection.ProtectionRecords.CounterpartRecord;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The counterpart registry (docs/firewall.md): the organisations a child's data may go to, and the enforcement bodies
 * it must never go to, each with its kind. The authority keeps it; those who disclose choose from it. A name that
 * speaks of enforcement cannot be registered under a kind that receives.
 */
@Stateless
public class Counterparts {

    /** Entries offered when choosing a recipient. */
    public static final int CHOICES = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    ReferenceData referenceData;

    @Inject
    FirewallGuard firewall;

    @Inject
    Clock clock;

    /** A filter of the registry's list; every part optional. */
    public record Filter(String name, String kind, String country, String receives, Boolean active) {
        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    /** The registry, by name, paged in the database. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public Page<CounterpartRecord> list(Filter filter, int page, int size) {
        Checks checks = new Checks();
        checks.choice(CounterpartKind.class, "kind", filter.kind());
        checks.choice(Disclosure.class, "receives", filter.receives());
        checks.throwIfAny();
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        SqlConditions where = conditions(filter);
        var select = em.createNativeQuery("SELECT id, name, kind, country, note, active, version FROM counterpart"
                + where.where() + " ORDER BY name, id LIMIT ? OFFSET ?");
        where.bindPage(select, pageSize, pageNumber * pageSize);
        List<CounterpartRecord> rows = NativeRows.list(select).stream().map(Counterparts::record).toList();
        var count = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM counterpart" + where.where()
                + " LIMIT " + Page.COUNT_LIMIT + ") matches");
        where.bind(count);
        return new Page<>(rows, ((Number) count.getSingleResult()).longValue(), pageNumber, pageSize);
    }

    /** The active entries that may receive this disclosure whose name contains the text (for a form's choice). */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public List<CounterpartRecord> receiving(Disclosure disclosure, String nameContains) {
        return list(new Filter(nameContains, null, null, disclosure.name(), true), 0, CHOICES).items();
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public CounterpartRecord get(long id) {
        return CounterpartRecord.of(find(id));
    }

    @RolesAllowed(Role.Names.AUTHORITY)
    public CounterpartRecord register(CounterpartInput input) {
        Valid valid = validate(input, Optional.empty());
        Counterpart counterpart = new Counterpart(valid.name(), valid.kind(), valid.country(), valid.note(),
                currentUser.getName(), clock.instant());
        em.persist(counterpart);
        audit.record(AuditAction.CREATE, "Counterpart", counterpart.getId(), Optional.empty(), Changes.none()
                .note("name", counterpart.getName()).note("kind", counterpart.getKind())
                .note("country", counterpart.getCountry()));
        return CounterpartRecord.of(counterpart);
    }

    @RolesAllowed(Role.Names.AUTHORITY)
    public CounterpartRecord change(long id, CounterpartInput input) {
        Counterpart counterpart = find(id);
        Valid valid = validate(input, Optional.of(id));
        if (input.version() != null && input.version() != counterpart.getVersion()) {
            throw new OptimisticLockException("The counterpart was changed by someone else");
        }
        boolean active = input.active() == null ? counterpart.isActive() : input.active();
        Changes changes = Changes.none().field("name", counterpart.getName(), valid.name())
                .field("kind", counterpart.getKind(), valid.kind())
                .field("country", counterpart.getCountry(), valid.country())
                .field("note", counterpart.getNote(), valid.note()).field("active", counterpart.isActive(), active);
        counterpart.describe(valid.name(), valid.kind(), valid.country(), valid.note(), active);
        em.flush();
        audit.record(AuditAction.UPDATE, "Counterpart", id, Optional.empty(), changes);
        return CounterpartRecord.of(counterpart);
    }

    private record Valid(String name, CounterpartKind kind, String country, String note) {
    }

    private Valid validate(CounterpartInput input, Optional<Long> self) {
        Checks checks = new Checks().required("name", input.name()).maxLength("name", input.name(), Checks.NAME_MAX)
                .required("kind", input.kind()).required("country", input.country())
                .maxLength("note", input.note(), 500);
        Optional<CounterpartKind> kind = checks.choice(CounterpartKind.class, "kind", input.kind());
        String country = DateTimes.trimmed(input.country());
        if (country != null) {
            checks.that(referenceData.countryCodes().contains(country), "country", "validation.unknownCountry",
                    country);
        }
        String name = DateTimes.trimmed(input.name());
        if (name != null && kind.filter(k -> !k.neverReceives()).isPresent()) {
            checks.that(Firewall.refusal(Optional.empty(), Map.of("name", name), firewall.enforcementNames())
                    .isEmpty(), "name", "protection.counterpart.enforcementName");
        }
        checks.throwIfAny();
        List<Long> same = em.createQuery("SELECT c.id FROM Counterpart c WHERE c.country = :country"
                + " AND c.name = :name", Long.class).setParameter("country", country).setParameter("name", name)
                .getResultList();
        if (same.stream().anyMatch(id -> self.filter(id::equals).isEmpty())) {
            throw new Conflict("protection.counterpart.duplicate", List.of(name));
        }
        return new Valid(name, kind.orElseThrow(), country, DateTimes.trimmed(input.note()));
    }

    private Counterpart find(long id) {
        Counterpart counterpart = em.find(Counterpart.class, id);
        if (counterpart == null) {
            throw new NotFound("Counterpart " + id);
        }
        return counterpart;
    }

    private static SqlConditions conditions(Filter filter) {
        SqlConditions where = new SqlConditions();
        Optional.ofNullable(DateTimes.trimmed(filter.name())).ifPresent(name -> where.and("name LIKE ?",
                "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"));
        Optional.ofNullable(DateTimes.trimmed(filter.kind())).ifPresent(kind -> where.and("kind = ?", kind));
        Optional.ofNullable(DateTimes.trimmed(filter.country())).ifPresent(code -> where.and("country = ?", code));
        Optional.ofNullable(filter.active()).ifPresent(active -> where.and("active = ?", active));
        Optional.ofNullable(DateTimes.trimmed(filter.receives())).ifPresent(name -> {
            Set<CounterpartKind> kinds = CounterpartKind.receiving(Disclosure.valueOf(name));
            where.and("kind IN (" + String.join(", ", kinds.stream().map(k -> "?").toList()) + ")",
                    kinds.stream().map(Enum::name).toArray());
        });
        return where;
    }

    private static CounterpartRecord record(Row row) {
        CounterpartKind kind = row.enumValue("kind", CounterpartKind.class);
        boolean active = row.flag("active");
        return new CounterpartRecord(row.number("id"), row.text("name"), kind, row.text("country"),
                row.optionalText("note").orElse(null), active, java.util.Arrays.stream(Disclosure.values())
                        .filter(d -> active && kind.mayReceive(d)).toList(), row.number("version"));
    }
}
