package eu.guardian.assessment;

/** A short assessment (e.g. on arrival or after an event) or a comprehensive one (UNHCR BIP Guidelines 2021). */
public enum AssessmentKind {
    SHORT, COMPREHENSIVE
}
