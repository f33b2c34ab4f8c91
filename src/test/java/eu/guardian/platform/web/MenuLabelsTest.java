package eu.guardian.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.guardian.platform.i18n.SupportedLanguage;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Two entries of the main menu never read the same in any language (German once had "Meine Mündel" twice). */
class MenuLabelsTest {

    @ParameterizedTest
    @EnumSource(SupportedLanguage.class)
    void everyMenuEntryHasItsOwnLabel(SupportedLanguage language) {
        ResourceBundle bundle = ResourceBundle.getBundle("eu.guardian.i18n.messages", language.locale());
        Map<String, String> entryByLabel = new TreeMap<>();
        Map<String, String> duplicates = new TreeMap<>();
        for (MenuEntry entry : MenuEntry.values()) {
            String label = bundle.getString(entry.getLabelKey()).strip();
            String other = entryByLabel.putIfAbsent(label, entry.name());
            if (other != null) {
                duplicates.put(label, other + " and " + entry.name());
            }
        }
        assertEquals(Map.of(), duplicates, "menu labels in " + language.getTag());
    }
}
