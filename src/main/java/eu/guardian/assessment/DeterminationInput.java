package eu.guardian.assessment;

import java.util.List;

/** A new determination: what is decided, the proposal put to the panel, and the panel's members. */
public record DeterminationInput(String subject, String proposal, List<MemberInput> members) {

    public record MemberInput(String username, String name, String discipline) {
    }

    public List<MemberInput> membersOrEmpty() {
        return members == null ? List.of() : members;
    }
}
