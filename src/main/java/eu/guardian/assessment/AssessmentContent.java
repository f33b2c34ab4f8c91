package eu.guardian.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An assessment's content after validation: what a save writes. */
record AssessmentContent(AssessmentKind kind, Participation participation, Optional<String> recommendations,
        Map<Factor, SectionContent> sections, List<Evidence> evidence) {

    record SectionContent(Optional<String> findings, Optional<String> sources, Optional<RiskLevel> riskLevel) {
    }

    record Evidence(Factor factor, EvidenceKind kind, String refId, String label) {
    }
}
