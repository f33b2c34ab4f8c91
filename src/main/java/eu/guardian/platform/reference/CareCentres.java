package eu.guardian.platform.reference;

import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The care centres, kept by the administrator, and which centres each member of reception staff works at (one or
 * more): what a reception login reaches is decided from these by {@code child.ChildAccess}. The account pages assign
 * staff through {@link #assignStaff}; every change is recorded in the audit trail ({@link ReferenceDataChanged}).
 */
@Stateless
public class CareCentres {

    @PersistenceContext
    EntityManager em;

    @Inject
    Regions regions;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<ReferenceDataChanged> changes;

    /** Every centre, active or not, by name (a country has hundreds at most). */
    @PermitAll
    public List<CareCentre> all() {
        return em.createQuery("SELECT c FROM CareCentre c ORDER BY c.name", CareCentre.class).getResultList();
    }

    /** The centres a child can be placed at now. */
    @PermitAll
    public List<CareCentre> offered() {
        return em.createQuery("SELECT c FROM CareCentre c WHERE c.active = TRUE ORDER BY c.name", CareCentre.class)
                .getResultList();
    }

    @PermitAll
    public Optional<CareCentre> find(long id) {
        return Optional.ofNullable(em.find(CareCentre.class, id));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public CareCentre create(CareCentreInput input) {
        Checks checks = new Checks();
        Described described = validDescription(input, checks, Optional.empty());
        checks.throwIfAny();
        CareCentre centre = new CareCentre(described.name(), described.kind(), described.region(),
                described.municipality());
        em.persist(centre);
        em.flush();
        changes.fire(new ReferenceDataChanged(true, "CareCentre", String.valueOf(centre.getId()), List.of(
                new ReferenceDataChanged.Field("name", null, centre.getName()),
                new ReferenceDataChanged.Field("kind", null, centre.getKind()),
                new ReferenceDataChanged.Field("region", null, centre.getRegion()))));
        return centre;
    }

    /**
     * Describes the centre anew; refused if someone changed it since {@code expectedVersion}. Moving a centre to
     * another region moves none of its children: their placements keep the region they were made in.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public CareCentre change(long id, long expectedVersion, CareCentreInput input) {
        CareCentre centre = find(id).orElseThrow(() -> new NotFound("Care centre " + id));
        Checks checks = new Checks();
        Described described = validDescription(input, checks, Optional.of(id));
        checks.throwIfAny();
        if (centre.getVersion() != expectedVersion) {
            throw new OptimisticLockException("The care centre was changed by someone else");
        }
        boolean active = input.active() == null || input.active();
        List<ReferenceDataChanged.Field> fields = new ArrayList<>();
        field(fields, "name", centre.getName(), described.name());
        field(fields, "kind", centre.getKind(), described.kind());
        field(fields, "region", centre.getRegion(), described.region());
        field(fields, "municipality", centre.municipality().orElse(null), described.municipality().orElse(null));
        field(fields, "active", centre.isActive(), active);
        centre.describe(described.name(), described.kind(), described.region(), described.municipality(), active);
        em.flush();
        changes.fire(new ReferenceDataChanged(false, "CareCentre", String.valueOf(id), fields));
        return centre;
    }

    /**
     * The centres a member of reception staff works at, replacing those recorded (an empty set: none any more). Called
     * by the account pages when an administrator creates or changes a reception login.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Set<Long> assignStaff(String username, Set<Long> centreIds) {
        Checks checks = new Checks().required("username", username).maxLength("username", username, 255);
        Set<Long> wanted = new TreeSet<>(Objects.requireNonNullElse(centreIds, Set.of()));
        wanted.forEach(id -> checks.that(id != null && find(id).isPresent(), "centreIds", "validation.unknownCentre"));
        checks.throwIfAny();
        String login = username.strip();
        Set<Long> before = centresOf(login);
        if (before.equals(wanted)) {
            return before;
        }
        em.createNativeQuery("DELETE FROM centre_staff WHERE username = ?").setParameter(1, login).executeUpdate();
        for (Long centreId : wanted) {
            em.createNativeQuery("INSERT INTO centre_staff (username, centre_id) VALUES (?, ?)")
                    .setParameter(1, login).setParameter(2, centreId).executeUpdate();
        }
        changes.fire(new ReferenceDataChanged(false, "CentreStaff", login, List.of(
                new ReferenceDataChanged.Field("centres", before, wanted))));
        return wanted;
    }

    /** The centres a member of reception staff works at (the account pages show them). */
    @RolesAllowed(Role.Names.ADMIN)
    public Set<Long> centresOf(String username) {
        return centreIdsOf(username);
    }

    /** The centres the caller works at, for the rules on what reception staff reach. */
    @PermitAll
    public Set<Long> myCentres() {
        return currentUser.username().map(this::centreIdsOf).orElse(Set.of());
    }

    /** The logins working at a centre (the administrator's centre page). */
    @RolesAllowed(Role.Names.ADMIN)
    public List<String> staffOf(long centreId) {
        return em.createNativeQuery("SELECT username FROM centre_staff WHERE centre_id = ? ORDER BY username")
                .setParameter(1, centreId).getResultList().stream().map(String::valueOf).toList();
    }

    private Set<Long> centreIdsOf(String username) {
        Set<Long> ids = new TreeSet<>();
        em.createNativeQuery("SELECT centre_id FROM centre_staff WHERE username = ?").setParameter(1, username)
                .getResultList().forEach(id -> ids.add(((Number) id).longValue()));
        return ids;
    }

    private record Described(String name, CareCentreKind kind, String region, Optional<String> municipality) {
    }

    private Described validDescription(CareCentreInput input, Checks checks, Optional<Long> self) {
        checks.required("name", input.name()).maxLength("name", input.name(), Checks.NAME_MAX)
                .required("kind", input.kind()).required("region", input.region())
                .maxLength("municipality", input.municipality(), Checks.NAME_MAX);
        Optional<CareCentreKind> kind = checks.choice(CareCentreKind.class, "kind", input.kind());
        Optional<String> region = regions.offered(checks, "region", input.region());
        String name = input.name() == null ? null : input.name().strip();
        if (name != null && !name.isEmpty()) {
            List<Long> sameName = em.createQuery("SELECT c.id FROM CareCentre c WHERE c.name = :name", Long.class)
                    .setParameter("name", name).getResultList();
            checks.that(sameName.stream().allMatch(id -> self.filter(id::equals).isPresent()), "name",
                    "validation.centreNameTaken");
        }
        if (kind.isEmpty() || region.isEmpty()) {
            return new Described(name, null, null, Optional.empty());
        }
        return new Described(name, kind.get(), region.get(), Optional.ofNullable(input.municipality())
                .map(String::strip).filter(text -> !text.isEmpty()));
    }

    private static void field(List<ReferenceDataChanged.Field> fields, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(new ReferenceDataChanged.Field(name, before, after));
        }
    }
}
