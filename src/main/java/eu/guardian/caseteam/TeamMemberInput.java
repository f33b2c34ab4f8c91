package eu.guardian.caseteam;

/** A case-team member as typed in; dates ISO; {@code version} the version read, for changes. */
public record TeamMemberInput(String function, String name, String organisation, String contact, String fromOn,
        String toOn, String username, Long version) {
}
