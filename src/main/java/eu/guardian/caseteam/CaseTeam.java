package eu.guardian.caseteam;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.child.Child;
import eu.guardian.child.ChildRegistry;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A child's case team: people of the agencies working on the case. Whoever may see the child sees the team;
 * caseworkers and the authority manage it. Members leave by an end date, so the team's history stays. A member's
 * login (username) gives access only as {@code ChildAccess} documents (reception staff read; guardians nothing).
 */
@Stateless
public class CaseTeam {

    static final int MAX_MEMBERS = 200;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    @PersistenceContext
    EntityManager em;

    @Inject
    ChildRegistry children;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public List<TeamMemberRecord> members(long childId) {
        children.visibleChild(childId);
        audit.record(AuditAction.READ, "CaseTeam", childId, Optional.of(childId), Changes.none());
        LocalDate today = today();
        return em.createQuery("SELECT m FROM CaseTeamMember m WHERE m.childId = :child ORDER BY m.fromOn, m.id",
                        CaseTeamMember.class).setParameter("child", childId).setMaxResults(MAX_MEMBERS)
                .getResultList().stream().map(m -> TeamMemberRecord.of(m, today)).toList();
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY})
    public TeamMemberRecord add(long childId, TeamMemberInput input) {
        Child child = children.childToWorkOn(childId);
        child.requireOpen();
        Valid valid = validate(input, new Checks());
        CaseTeamMember member = new CaseTeamMember(childId, valid.function, valid.name, valid.organisation,
                valid.contact, valid.fromOn, valid.toOn, valid.username, currentUser.getName(), clock.instant());
        em.persist(member);
        em.flush();
        audit.record(AuditAction.CREATE, "CaseTeamMember", member.getId(), Optional.of(childId), Changes.none()
                .note("function", valid.function).field("name", null, valid.name)
                .field("organisation", null, valid.organisation).field("username", null, valid.username.orElse(null))
                .note("fromOn", valid.fromOn).field("toOn", null, valid.toOn.orElse(null)));
        return TeamMemberRecord.of(member, today());
    }

    /** Changes a member's entry (e.g. ends the membership) against the version read: 409 if changed meanwhile. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY})
    public TeamMemberRecord update(long childId, long memberId, TeamMemberInput input) {
        Child child = children.childToWorkOn(childId);
        CaseTeamMember member = em.find(CaseTeamMember.class, memberId);
        if (member == null || member.getChildId() != childId) {
            throw new NotFound("Case-team member " + memberId);
        }
        child.requireOpen();
        Checks checks = new Checks().required("version", input.version());
        Valid valid = validate(input, checks);
        if (member.getVersion() != input.version()) {
            throw new OptimisticLockException("The case-team member was changed by someone else");
        }
        Changes changes = Changes.none()
                .field("function", member.getFunction(), valid.function)
                .field("name", member.getName(), valid.name)
                .field("organisation", member.getOrganisation(), valid.organisation)
                .field("contact", member.contact().orElse(null), valid.contact.orElse(null))
                .field("fromOn", member.getFromOn(), valid.fromOn)
                .field("toOn", member.toOn().orElse(null), valid.toOn.orElse(null))
                .field("username", member.username().orElse(null), valid.username.orElse(null));
        member.change(valid.function, valid.name, valid.organisation, valid.contact, valid.fromOn, valid.toOn,
                valid.username);
        em.flush();
        audit.record(AuditAction.UPDATE, "CaseTeamMember", memberId, Optional.of(childId), changes);
        return TeamMemberRecord.of(member, today());
    }

    private record Valid(TeamFunction function, String name, String organisation, Optional<String> contact,
            LocalDate fromOn, Optional<LocalDate> toOn, Optional<String> username) {
    }

    private static Valid validate(TeamMemberInput input, Checks checks) {
        checks.required("function", input.function()).required("name", input.name())
                .maxLength("name", input.name(), Checks.NAME_MAX).required("organisation", input.organisation())
                .maxLength("organisation", input.organisation(), Checks.NAME_MAX)
                .maxLength("contact", input.contact(), Checks.NAME_MAX).required("fromOn", input.fromOn());
        Optional<TeamFunction> function = checks.choice(TeamFunction.class, "function", input.function());
        Optional<LocalDate> from = checks.date("fromOn", input.fromOn());
        Optional<LocalDate> to = checks.date("toOn", input.toOn());
        from.ifPresent(f -> to.ifPresent(t -> checks.notBefore("toOn", t, "team.fromOn", f)));
        Optional<String> username = nonBlank(input.username());
        username.ifPresent(name -> checks.that(USERNAME.matcher(name).matches(), "username", "team.usernameFormat"));
        checks.throwIfAny();
        return new Valid(function.orElseThrow(), input.name().strip(), input.organisation().strip(),
                nonBlank(input.contact()), from.orElseThrow(), to, username);
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
