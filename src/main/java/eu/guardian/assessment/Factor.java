package eu.guardian.assessment;

import java.util.Arrays;
import java.util.List;

/**
 * The factors a best-interests assessment weighs, one section each (UNHCR BIP Guidelines 2021; CRC General Comment 14
 * paras 52-79). {@link #minimum()} marks the factors that Reception Conditions Directive 2013/33/EU art 23(2) requires
 * at least, and that must therefore be filled (findings and a risk level) before an assessment can be submitted:
 * <ul>
 * <li>(a) "family reunification possibilities" → {@link #FAMILY};</li>
 * <li>(b) "the minor's well-being and social development" → {@link #DEVELOPMENT_WELLBEING};</li>
 * <li>(c) "safety and security considerations, in particular where there is a risk of the minor being a victim of
 * human trafficking" → {@link #CARE_PROTECTION_SAFETY};</li>
 * <li>(d) "the views of the minor in accordance with his or her age and maturity" → {@link #CHILD_VIEWS}.</li>
 * </ul>
 */
public enum Factor {
    CHILD_VIEWS(true),
    IDENTITY(false),
    FAMILY(true),
    CARE_PROTECTION_SAFETY(true),
    VULNERABILITY(false),
    HEALTH(false),
    EDUCATION(false),
    DEVELOPMENT_WELLBEING(true);

    private final boolean minimum;

    Factor(boolean minimum) {
        this.minimum = minimum;
    }

    /** Whether 2013/33/EU art 23(2) requires this factor (see the class comment for the mapping). */
    public boolean minimum() {
        return minimum;
    }

    public static List<Factor> minimumFactors() {
        return Arrays.stream(values()).filter(Factor::minimum).toList();
    }

    /** Health is special-category data (GDPR art 9): the audit trail records only that it changed. */
    public boolean specialCategory() {
        return this == HEALTH;
    }
}
