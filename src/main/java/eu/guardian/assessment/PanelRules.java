package eu.guardian.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a best-interests determination panel, without any framework (the numbers are settings):
 * <ul>
 * <li>composition: at least {@code minMembers} distinct members from at least {@code minDisciplines} disciplines;</li>
 * <li>quorum: at least {@code quorumPercent} % of the members (rounded up) have recorded a position;</li>
 * <li>majority: a side wins when it has more than {@code majorityPercent} % of the positions FOR and AGAINST
 * (abstentions count for the quorum, not for the majority); a tie or too small a lead is no majority.</li>
 * </ul>
 */
public record PanelRules(int minMembers, int minDisciplines, int quorumPercent, int majorityPercent) {

    public PanelRules {
        if (minMembers < 1 || minDisciplines < 1 || quorumPercent < 1 || quorumPercent > 100 || majorityPercent < 50
                || majorityPercent > 99) {
            throw new IllegalArgumentException("Panel rules out of range");
        }
    }

    /** One member as the rules see them: a discipline and, once recorded, a stance. */
    public record Seat(String username, Discipline discipline, Optional<Stance> stance) {
    }

    /** Broken composition rules as bundle keys (empty when the panel may sit). */
    public List<String> compositionProblems(Collection<Seat> seats) {
        long members = seats.stream().map(Seat::username).distinct().count();
        long disciplines = seats.stream().map(Seat::discipline).distinct().count();
        List<String> problems = new java.util.ArrayList<>();
        if (members != seats.size()) {
            problems.add("determination.panel.duplicateMember");
        }
        if (members < minMembers) {
            problems.add("determination.panel.tooFewMembers");
        }
        if (disciplines < minDisciplines) {
            problems.add("determination.panel.tooFewDisciplines");
        }
        return problems;
    }

    /** The positions a decision needs: {@code quorumPercent} % of the members, rounded up. */
    public int quorumOf(int members) {
        return (members * quorumPercent + 99) / 100;
    }

    public boolean quorate(Collection<Seat> seats) {
        long recorded = seats.stream().filter(seat -> seat.stance().isPresent()).count();
        return recorded >= quorumOf(seats.size()) && recorded > 0;
    }

    /** The side with the required majority, if any (needs the quorum). */
    public Optional<Outcome> majority(Collection<Seat> seats) {
        if (!quorate(seats)) {
            return Optional.empty();
        }
        long inFavour = seats.stream().filter(seat -> seat.stance().equals(Optional.of(Stance.FOR))).count();
        long against = seats.stream().filter(seat -> seat.stance().equals(Optional.of(Stance.AGAINST))).count();
        long voting = inFavour + against;
        if (voting == 0) {
            return Optional.empty();
        }
        if (inFavour * 100 > (long) majorityPercent * voting) {
            return Optional.of(Outcome.ACCEPTED);
        }
        if (against * 100 > (long) majorityPercent * voting) {
            return Optional.of(Outcome.REJECTED);
        }
        return Optional.empty();
    }

    /** Whether a member's stance dissents from the outcome (abstentions are not dissent). */
    public static boolean dissents(Optional<Stance> stance, Outcome outcome) {
        return stance.filter(s -> s == (outcome == Outcome.ACCEPTED ? Stance.AGAINST : Stance.FOR)).isPresent();
    }
}
