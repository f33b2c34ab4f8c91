package eu.guardian.child;

import eu.guardian.audit.AuditScope;
import eu.guardian.oversight.OversightScope;
import eu.guardian.platform.notification.NotificationScope;
import eu.guardian.platform.persistence.SqlConditions;
import eu.guardian.platform.persistence.SqlFragment;
import eu.guardian.platform.reference.CareCentres;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Jurisdiction;
import eu.guardian.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one place that decides which children a caller may see and on which they may work (docs/architecture.md,
 * "Access to a child's case"; docs/domain-rules.md, "People and roles"; docs/jurisdictions.md). Every service asks
 * here, on the server; no other class writes these conditions.
 * <ul>
 * <li>Caseworkers and the authority see and work on the children of their jurisdiction: the regions Keycloak's
 * {@code regions} attribute names ({@code *}: the whole country). A child lies in the region of its current placement.
 * Without any region they reach no child.</li>
 * <li>Auditors see the children of their jurisdiction and change nothing: the national inspectorate ({@code *}) every
 * child, a regional inspectorate or ombudsperson its regions' children, like a caseworker of those regions.</li>
 * <li>When a child moves to a placement in another region, the file follows the child: the new region reaches it the
 * same day, and the regions it left keep <em>reading</em> it (never changing it) until the handover's last day,
 * {@code jurisdiction.handover-read-days} after the move ({@link RegionMove}).</li>
 * <li>Reception staff see and work on the children placed at the centres they work at (one or more); on another
 * centre's child's case team (with their login recorded) they may read that file, never change anything in it.</li>
 * <li>A guardian sees and works on only the children currently in their guardianship (what "current" means is the
 * guardianship capability's rule, asked through {@link CurrentGuardians}); a former guardian loses access on the day
 * the guardianship ends. Case-team membership gives a guardian nothing. Jurisdictions do not concern guardians.</li>
 * <li>Administrators never see children's files.</li>
 * </ul>
 * Which actions a role may take at all (e.g. only caseworkers report a child missing) is the services'
 * {@code @RolesAllowed}; this class decides the row: whether that child is within the caller's reach.
 */
@RequestScoped
public class ChildAccess implements OversightScope, NotificationScope, AuditScope {

    /** Up to this many children in a handover, their ids go into list conditions as such (an indexed OR). */
    static final int HANDOVER_IDS_INLINE = 500;

    /** The part of the children a caller may see, as a filter for list queries. */
    public sealed interface Scope {
        record All() implements Scope {
        }

        /**
         * The children of these regions, and those that left them whose handover still runs ({@code handedOver}: their
         * ids, or empty when there are too many to list, see {@link #HANDOVER_IDS_INLINE}).
         */
        record Regions(Set<String> regions, LocalDate today, Optional<Set<Long>> handedOver)
                implements Scope {
        }

        record Centres(Set<Long> centreIds) implements Scope {
        }

        record Wards(String guardianUsername, LocalDate today) implements Scope {
        }

        record Nothing() implements Scope {
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentGuardians currentGuardians;

    @Inject
    CaseTeamMembership caseTeam;

    @Inject
    CareCentres centres;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private Scope scope;

    public Scope scope() {
        if (scope == null) {
            scope = decideScope();
        }
        return scope;
    }

    /** The caller's part of the children as SQL conditions on {@code c} (the child table), for native lists. */
    public SqlConditions conditions() {
        return new SqlConditions().and(onChild("c"));
    }

    /** The caller's part of the children as one SQL condition on a child table aliased {@code alias}. */
    @Override
    public SqlFragment onChild(String alias) {
        return condition(alias + ".id", alias + ".current_centre_id", alias + ".region IN ");
    }

    /**
     * The caller's part of the children as one SQL condition on a column holding a child's id, for lists of things
     * that belong to a child (complaints, referrals...) without joining the child table; also which entries of the
     * audit trail an auditor reads (a row about no child passes only for a national reader).
     */
    @Override
    public SqlFragment onChildId(String childIdColumn) {
        return condition(childIdColumn,
                "(SELECT sc.current_centre_id FROM child sc WHERE sc.id = " + childIdColumn + ")",
                "(SELECT sr.region FROM child sr WHERE sr.id = " + childIdColumn + ") IN ");
    }

    /** The caller's regions as one condition on a column holding a region code: all of them for a national reader. */
    @Override
    public SqlFragment inRegions(String regionColumn) {
        Scope current = scope();
        if (current instanceof Scope.Regions regions) {
            return in(regionColumn + " IN ", regions.regions());
        }
        return SqlFragment.of(current instanceof Scope.All ? "1 = 1" : "1 = 0");
    }

    private SqlFragment condition(String childIdColumn, String centreOfChild, String regionOfChildIn) {
        Scope current = scope();
        if (current instanceof Scope.All) {
            return SqlFragment.of("1 = 1");
        }
        if (current instanceof Scope.Regions regions) {
            SqlFragment inRegion = in(regionOfChildIn, regions.regions());
            SqlFragment handedOver = regions.handedOver()
                    .map(ids -> ids.isEmpty() ? SqlFragment.of("1 = 0") : in(childIdColumn + " IN ", ids))
                    .orElseGet(() -> handedOverQuery(childIdColumn, regions));
            List<Object> parameters = new ArrayList<>(inRegion.parameters());
            parameters.addAll(handedOver.parameters());
            return new SqlFragment("(" + inRegion.sql() + " OR " + handedOver.sql() + ")", parameters);
        }
        if (current instanceof Scope.Centres centres) {
            return in(centreOfChild + " IN ", centres.centreIds());
        }
        if (current instanceof Scope.Wards wards) {
            return currentGuardians.wardOfUser(childIdColumn, wards.guardianUsername(), wards.today());
        }
        return SqlFragment.of("1 = 0");
    }

    private static SqlFragment handedOverQuery(String childIdColumn, Scope.Regions regions) {
        SqlFragment from = in("rm.from_region IN ", regions.regions());
        List<Object> parameters = new ArrayList<>(from.parameters());
        parameters.add(Date.valueOf(regions.today()));
        return new SqlFragment(childIdColumn + " IN (SELECT rm.child_id FROM region_move rm WHERE " + from.sql()
                + " AND rm.read_until >= ?)", parameters);
    }

    /** {@code prefix(?, ?, ...)} with the values bound; never empty (the scopes hold at least one value). */
    private static SqlFragment in(String prefix, Collection<?> values) {
        return new SqlFragment(prefix + "(" + String.join(", ", Collections.nCopies(values.size(), "?"))
                + ")", List.copyOf(values));
    }

    private Scope decideScope() {
        if (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY) || currentUser.has(Role.AUDITOR)) {
            Jurisdiction jurisdiction = currentUser.jurisdiction();
            if (jurisdiction.national()) {
                return new Scope.All();
            }
            if (jurisdiction.regions().isEmpty()) {
                return new Scope.Nothing();
            }
            Set<String> regions = jurisdiction.sortedRegions();
            return new Scope.Regions(regions, today(), handedOverChildren(regions));
        }
        if (currentUser.has(Role.RECEPTION)) {
            Set<Long> own = receptionCentres();
            return own.isEmpty() ? new Scope.Nothing() : new Scope.Centres(own);
        }
        if (currentUser.has(Role.GUARDIAN)) {
            return new Scope.Wards(currentUser.getName(), today());
        }
        return new Scope.Nothing();
    }

    /** The children whose handover out of these regions still runs, if few enough to list (an indexed range). */
    private Optional<Set<Long>> handedOverChildren(Set<String> regions) {
        SqlFragment from = in("from_region IN ", regions);
        var query = em.createNativeQuery("SELECT DISTINCT child_id FROM region_move WHERE " + from.sql()
                + " AND read_until >= ? LIMIT " + (HANDOVER_IDS_INLINE + 1));
        int next = from.bind(query, 1);
        query.setParameter(next, Date.valueOf(today()));
        List<?> ids = query.getResultList();
        if (ids.size() > HANDOVER_IDS_INLINE) {
            return Optional.empty();
        }
        Set<Long> children = new TreeSet<>();
        ids.forEach(id -> children.add(((Number) id).longValue()));
        return Optional.of(children);
    }

    /** The centres a member of reception staff works at (none recorded: none). */
    public Set<Long> receptionCentres() {
        return centres.myCentres();
    }

    /** Whether the caller's jurisdiction covers a region: where a caseworker may register or place a child. */
    public boolean mayWorkInRegion(String regionCode) {
        Scope current = scope();
        return current instanceof Scope.All
                || current instanceof Scope.Regions regions && covers(regions.regions(), regionCode);
    }

    /**
     * A role-wide notification about a child reaches only those who may see the child; an auditor learns who read a
     * file only if they may see it.
     */
    @Override
    public boolean reaches(long childId) {
        Child child = em.find(Child.class, childId);
        return child != null && maySee(child);
    }

    /** Whether the caller may see the child's file: within their scope, or (reception) on the child's case team. */
    public boolean maySee(Child child) {
        return inScope(child, true) || currentUser.has(Role.RECEPTION) && caseTeam.isMember(child.getId(),
                currentUser.getName(), today());
    }

    /**
     * Whether the child is within reach for any change the caller's role allows in the case (a screening, a visit, a
     * referral, a care-plan step...): caseworkers and the authority in their jurisdiction; reception only at their
     * own centres; a guardian only for a current ward; auditors and administrators never. Case-team membership and a
     * handover's reading time never count here.
     */
    public boolean mayWorkOn(Child child) {
        return (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY)
                || currentUser.has(Role.RECEPTION) || currentUser.has(Role.GUARDIAN)) && inScope(child, false);
    }

    /**
     * Whether the caller may change the child's own record (identity, placements, statuses, closure): caseworkers
     * and the authority of the child's region, and reception staff of the child's centre; guardians work on the case
     * but not on its record.
     */
    public boolean mayChangeRecord(Child child) {
        return (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY)
                || currentUser.has(Role.RECEPTION)) && inScope(child, false);
    }

    /**
     * Whether the caller may see special-category records (health: medical reports, health documents) of a child
     * they may see: caseworkers, the authority, auditors and the child's current guardian, on a need-to-know basis;
     * not reception staff, who register and screen but do not work on the child's health (docs/documents.md, "Who
     * sees what").
     */
    public boolean maySeeHealthRecords(Child child) {
        return maySee(child) && (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY)
                || currentUser.has(Role.AUDITOR) || currentUser.has(Role.GUARDIAN));
    }

    private boolean inScope(Child child, boolean handoverCounts) {
        Scope current = scope();
        if (current instanceof Scope.All) {
            return true;
        }
        if (current instanceof Scope.Regions regions) {
            return covers(regions.regions(), child.getRegion())
                    || handoverCounts && inHandover(child.getId(), regions.regions(), regions.today());
        }
        if (current instanceof Scope.Centres centres) {
            return child.currentCentreId().filter(centres.centreIds()::contains).isPresent();
        }
        if (current instanceof Scope.Wards wards) {
            return currentGuardians.isCurrentGuardian(child.getId(), wards.guardianUsername(), wards.today());
        }
        return false;
    }

    private boolean inHandover(long childId, Set<String> regions, LocalDate today) {
        SqlFragment from = in("from_region IN ", regions);
        var query = em.createNativeQuery("SELECT 1 FROM region_move WHERE child_id = ? AND read_until >= ? AND "
                + from.sql() + " LIMIT 1").setParameter(1, childId).setParameter(2, Date.valueOf(today));
        from.bind(query, 3);
        return !query.getResultList().isEmpty();
    }

    private static boolean covers(Set<String> regions, String regionCode) {
        return regionCode != null && regions.stream().anyMatch(regionCode::equalsIgnoreCase);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
