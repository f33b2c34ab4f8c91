package eu.guardian.assessment;

import java.util.Optional;

/**
 * How the child took part (CRC art 12; General Comment 14 paras 53-54): heard or not, in which language and with which
 * interpreter, how their views were weighed given age and maturity, and if not heard, why.
 */
public record Participation(Optional<Boolean> heard, Optional<String> language, Optional<String> interpreter,
        Optional<String> weighing, Optional<String> notHeardReason) {

    public static Participation none() {
        return new Participation(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
