package eu.guardian.caseteam;

import java.io.Serializable;
import java.time.LocalDate;

/** A case-team member as pages and the API show them; {@code current} when on the team today. */
public record TeamMemberRecord(long id, long childId, TeamFunction function, String name, String organisation,
        String contact, LocalDate fromOn, LocalDate toOn, String username, boolean current, long version)
        implements Serializable {

    static TeamMemberRecord of(CaseTeamMember member, LocalDate today) {
        return new TeamMemberRecord(member.getId(), member.getChildId(), member.getFunction(), member.getName(),
                member.getOrganisation(), member.contact().orElse(null), member.getFromOn(),
                member.toOn().orElse(null), member.username().orElse(null), member.isCurrentOn(today),
                member.getVersion());
    }
}
