package eu.guardian.child;

import eu.guardian.platform.persistence.Row;
import java.util.Optional;

/**
 * How lists read and show a child's names: in the original script, then the first Latin transliteration if there is
 * one ("محمد علي — Mohammed Ali"), so that staff who do not read the script still recognise the child.
 */
public final class ChildNames {

    /** Between the original names and their transliteration. */
    public static final String SEPARATOR = " — ";

    private ChildNames() {
    }

    /** The list columns of the child table under {@code alias}: given_names, family_name and the transliteration. */
    public static String columns(String alias) {
        return alias + ".given_names, " + alias + ".family_name, " + alias + ".latin_given_names, " + alias
                + ".latin_family_name";
    }

    /** The full name of a row read with {@link #columns(String)}, with its transliteration. */
    public static String fullName(Row row) {
        return fullName(row.text("given_names"), row.text("family_name"), row.optionalText("latin_given_names"),
                row.optionalText("latin_family_name"));
    }

    public static String fullName(String givenNames, String familyName, Optional<String> latinGivenNames,
            Optional<String> latinFamilyName) {
        String original = givenNames + " " + familyName;
        return latinFamilyName.map(family -> original + SEPARATOR + (latinGivenNames.orElse("") + " " + family).strip())
                .orElse(original);
    }
}
