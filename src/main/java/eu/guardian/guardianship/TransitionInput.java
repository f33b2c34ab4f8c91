package eu.guardian.guardianship;

/** What the API and the file's forms send (docs/domain-rules.md#transition-to-adulthood). */
public final class TransitionInput {

    private TransitionInput() {
    }

    /** The transition plan: what is agreed for life after 18 (housing, education, residence status, support). */
    public record Plan(String summary, String recordedOn) {
    }

    /** The handover to an after-care or adult service: who takes over, what was handed over, the young person's say. */
    public record Handover(String service, String contact, String handedOver, String consent, String consentNote,
            String recordedOn) {
    }
}
