package eu.guardian.assessment;

import java.util.List;

/**
 * An assessment's content as the API and the editor send it (names of enums as text, validated by the service).
 * {@code version} is the version the caller read (optimistic locking); blank fields are empty.
 */
public record AssessmentInput(Long version, String kind, ParticipationInput participation, String recommendations,
        List<SectionInput> sections, List<EvidenceInput> evidence) {

    public record ParticipationInput(Boolean heard, String language, String interpreter, String weighing,
            String notHeardReason) {
    }

    public record SectionInput(String factor, String findings, String sources, String riskLevel) {
    }

    public record EvidenceInput(String factor, String kind, String refId, String label) {
    }

    public List<SectionInput> sectionsOrEmpty() {
        return sections == null ? List.of() : sections;
    }

    public List<EvidenceInput> evidenceOrEmpty() {
        return evidence == null ? List.of() : evidence;
    }
}
