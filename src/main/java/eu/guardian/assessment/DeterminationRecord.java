package eu.guardian.assessment;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A determination as its panel, its convener and auditors see it. */
public record DeterminationRecord(long id, long childId, String caseNumber, String childName,
        DeterminationSubject subject, String proposal, Determination.Status status, String convener, Instant createdAt,
        List<MemberRecord> members, boolean quorate, Outcome majority, Outcome outcome, String decision,
        String conditions, LocalDate reviewOn, String decidedBy, Instant decidedAt, long version, boolean mayRecord,
        boolean mayDecide) implements Serializable {

    public record MemberRecord(long id, String username, String name, Discipline discipline,
            Instant undertakingSignedAt, Stance stance, String reasons, Instant stanceAt, boolean dissent)
            implements Serializable {
    }

    static DeterminationRecord of(Determination d, String caseNumber, String childName, PanelRules rules,
            boolean mayRecord, boolean mayDecide) {
        List<MemberRecord> members = d.getMembers().stream().map(m -> new MemberRecord(m.getId(), m.getUsername(),
                m.getName(), m.getDiscipline(), m.undertakingSignedAt().orElse(null), m.stance().orElse(null),
                m.reasons().orElse(null), m.stanceAt().orElse(null),
                d.outcome().filter(o -> PanelRules.dissents(m.stance(), o)).isPresent())).toList();
        return new DeterminationRecord(d.getId(), d.getChildId(), caseNumber, childName, d.getSubject(),
                d.getProposal(), d.getStatus(), d.getConvener(), d.getCreatedAt(), members, rules.quorate(d.seats()),
                rules.majority(d.seats()).orElse(null), d.outcome().orElse(null), d.decision().orElse(null),
                d.conditions().orElse(null), d.reviewOn().orElse(null), d.decidedBy().orElse(null),
                d.decidedAt().orElse(null), d.getVersion(), mayRecord, mayDecide);
    }
}
