package eu.guardian.child;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Browser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The registration's "nationality" radio group: whichever label of the option "A country" is clicked (its own, or the
 * field's, which points at the group's first option), the option shows as chosen, not only the hidden native radio.
 */
class NationalityChoiceIT {

    @Test
    void clickingALabelOfACountryShowsItChosen() {
        try (Browser reception = new Browser()) {
            reception.openSignedIn("/children/register.xhtml", "reception1");
            WebElement stateless = reception.driver().findElement(
                    By.cssSelector("input[name='registration:nationalityKind'][value='STATELESS']"));
            WebElement country = reception.driver().findElement(
                    By.cssSelector("input[name='registration:nationalityKind'][value='COUNTRY']"));
            List<WebElement> countryLabels = reception.driver().findElements(
                    By.cssSelector("label[for='" + country.getAttribute("id") + "']"));
            assertFalse(countryLabels.isEmpty());
            for (WebElement label : countryLabels) {
                reception.driver().findElement(By.cssSelector("label[for='" + stateless.getAttribute("id") + "']"))
                        .click();
                reception.await(driver -> stateless.isSelected() && chosenBox(reception, stateless));
                label.click();
                reception.await(driver -> country.isSelected());
                reception.await(driver -> chosenBox(reception, country));
                assertTrue(!chosenBox(reception, stateless), "one option shows as chosen: " + label.getText());
            }
        }
    }

    /** Whether PrimeFaces' visible box next to the native radio shows it chosen. */
    private static boolean chosenBox(Browser browser, WebElement radio) {
        return browser.driver().findElement(By.xpath("//input[@id='" + radio.getAttribute("id")
                + "']/../following-sibling::div[contains(@class,'ui-radiobutton-box')]"))
                .getAttribute("class").contains("ui-state-active");
    }
}
