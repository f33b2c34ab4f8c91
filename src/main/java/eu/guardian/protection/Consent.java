package eu.guardian.protection;

import java.util.Optional;

/**
 * The ground on which a child's data goes to someone else: the child's consent, the guardian's, or a documented legal
 * basis. Without any of them nothing is shared.
 */
public record Consent(boolean child, boolean guardian, Optional<String> legalBasis) {

    public static Consent of(Boolean child, Boolean guardian, String legalBasis) {
        return new Consent(Boolean.TRUE.equals(child), Boolean.TRUE.equals(guardian),
                Optional.ofNullable(legalBasis).filter(text -> !text.isBlank()).map(String::strip));
    }

    public boolean isGiven() {
        return child || guardian || legalBasis.isPresent();
    }
}
