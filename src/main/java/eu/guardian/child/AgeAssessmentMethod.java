package eu.guardian.child;

/** How an age was assessed; a medical examination is the last resort (Directive 2013/32/EU art 25(5)). */
public enum AgeAssessmentMethod {
    DOCUMENTS, INTERVIEW, MEDICAL
}
