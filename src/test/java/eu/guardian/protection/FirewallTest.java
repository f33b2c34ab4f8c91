package eu.guardian.protection;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The immigration firewall: the purpose by name, and enforcement words in free text as a second line. */
class FirewallTest {

    @Test
    void theEnforcementPurposeIsRefused() {
        assertTrue(Firewall.refusal(Optional.of(DisclosurePurpose.IMMIGRATION_ENFORCEMENT)).isPresent());
    }

    @Test
    void protectivePurposesPass() {
        assertFalse(Firewall.refusal(Optional.of(DisclosurePurpose.CROSS_BORDER_CARE_HANDOVER),
                "Jugendamt Wien, guardianship team", "Handover of care to the guardian in Austria").isPresent());
        assertFalse(Firewall.refusal(Optional.empty(), "Deutsches Rotes Kreuz Suchdienst").isPresent());
    }

    @Test
    void enforcementWordsInEnglishGermanAndFrenchAreRefused() {
        assertTrue(Firewall.refusal(Optional.of(DisclosurePurpose.OTHER), "for the deportation hearing").isPresent());
        assertTrue(Firewall.refusal(Optional.of(DisclosurePurpose.OTHER), "Immigration Enforcement Unit").isPresent());
        assertTrue(Firewall.refusal(Optional.empty(), "Ausländerbehörde Köln").isPresent());
        assertTrue(Firewall.refusal(Optional.empty(), "zur Abschiebung").isPresent());
        assertTrue(Firewall.refusal(Optional.empty(), "Préfecture, service éloignement").isPresent());
    }

    @Test
    void anIdentityCardIsNoExpulsion() {
        assertFalse(Firewall.refusal(Optional.empty(), "copy of the Ausweis for the school").isPresent());
    }
}
