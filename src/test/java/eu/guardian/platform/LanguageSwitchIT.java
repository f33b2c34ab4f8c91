package eu.guardian.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Browser;
import eu.guardian.testsupport.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The language switch changes every text on the page, and the choice follows the user to their next session. */
class LanguageSwitchIT {

    @Test
    void switchingLanguageChangesThePageTextAndIsRemembered() {
        try (Browser browser = new Browser()) {
            browser.openSignedIn("/authority/index.xhtml", "authority1");
            browser.switchLanguage("en");
            browser.await(driver -> browser.pageTitle().equals("Guardianship authority"));
            assertEquals("Sign out", browser.element("signOutForm:signOut").getText().trim());

            browser.switchLanguage("fr");
            browser.await(driver -> browser.pageTitle().equals("Autorité de tutelle"));
            assertEquals("Se déconnecter", browser.element("signOutForm:signOut").getText().trim());

            browser.switchLanguage("de");
            browser.await(driver -> browser.pageTitle().equals("Vormundschaftsbehörde"));
            assertEquals("Abmelden", browser.element("signOutForm:signOut").getText().trim());
            assertSavedInUtcJustNow("authority1", "de");
        }
        // A new session in a browser that asks for English: the saved choice (German) wins.
        try (Browser nextSession = new Browser()) {
            nextSession.openSignedIn("/authority/index.xhtml", "authority1");
            try {
                assertEquals("Vormundschaftsbehörde", nextSession.pageTitle());
            } finally {
                nextSession.switchLanguage("en");
                nextSession.await(driver -> nextSession.pageTitle().equals("Guardianship authority"));
            }
        }
    }

    /** The choice is saved with the time it was made, in UTC (not the server's local time), to the microsecond. */
    private static void assertSavedInUtcJustNow(String username, String language) {
        try (Connection connection = Database.connect(); PreparedStatement query = connection.prepareStatement(
                "SELECT language_tag, updated_at FROM user_preference WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertEquals(language, row.getString(1));
                Instant saved = row.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                Duration age = Duration.between(saved, Instant.now()).abs();
                assertTrue(age.compareTo(Duration.ofMinutes(2)) < 0, "saved at " + saved + " (UTC)");
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
