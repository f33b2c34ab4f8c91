package eu.guardian.careplan;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.child.Child;
import eu.guardian.child.ChildRegistry;
import eu.guardian.guardianship.CurrentGuardianship;
import eu.guardian.platform.persistence.NativeRows;
import eu.guardian.platform.persistence.SqlFragment;
import eu.guardian.platform.validation.Checks;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The child-friendly information sheet (Directive 2013/33/EU art 5(1), 2011/36/EU art 16; docs/information-sheet.md):
 * what a guardian is and who the child's is, their rights, how to complain in confidence, the 116 000 hotline and
 * what happens next, in the child's language, in words or in pictures. Giving it is recorded: the care-plan item
 * "information to the child" is done, with the day and the language. Who may give it: whoever works on the case
 * (caseworkers, the authority, the child's current guardian).
 */
@Stateless
public class InformationSheet {

    /** The sheet as given: the PDF, the language it is in and a file name for it. */
    public record Given(byte[] pdf, String language, String fileName) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ChildRegistry children;

    @Inject
    CarePlan carePlan;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The languages the sheet is written in (codes of the language reference list). */
    public static List<String> languages() {
        return InformationSheetTexts.LANGUAGES;
    }

    /** The language's name in itself (the child points at it): "ትግርኛ", "پښتو". */
    public static String languageName(String language) {
        return InformationSheetTexts.of(language).text("language.name");
    }

    /** The language the child would get by default. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.GUARDIAN})
    public String languageFor(long childId) {
        Child child = children.visibleChild(childId);
        return InformationSheetTexts.forChild(child.preferredLanguage(), child.getLanguages());
    }

    /**
     * Makes the sheet for the child, in the language asked for (else the child's, see
     * {@link InformationSheetTexts#forChild}), and records it as given.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.GUARDIAN})
    public Given give(long childId, Optional<String> language, boolean pictures) {
        Child child = children.childToWorkOn(childId);
        child.requireOpen();
        Optional<String> asked = language.map(String::strip).filter(l -> !l.isEmpty());
        new Checks().that(asked.map(InformationSheetTexts::isWritten).orElse(true), "language",
                "informationSheet.noSuchLanguage").throwIfAny();
        String chosen = asked.orElseGet(() -> InformationSheetTexts.forChild(child.preferredLanguage(),
                child.getLanguages()));
        InformationSheetTexts texts = InformationSheetTexts.of(chosen);
        LocalDate today = LocalDate.now(clock);
        Optional<InformationSheetPdf.GuardianContact> guardian = currentGuardian(childId, today);
        byte[] pdf = pictures ? InformationSheetPdf.pictures(texts, child.getGivenNames(), guardian)
                : InformationSheetPdf.words(texts, child.getGivenNames(), guardian, today);
        carePlan.recordInformationGiven(childId, chosen, pictures);
        audit.record(AuditAction.EXPORT, "InformationSheet", childId, Optional.of(childId),
                Changes.none().note("language", chosen).note("pictures", pictures));
        String fileName = "information-" + child.getCaseNumber().replaceAll("[^A-Za-z0-9-]", "_") + "-" + chosen
                + (pictures ? "-pictures" : "") + ".pdf";
        return new Given(pdf, chosen, fileName);
    }

    private Optional<InformationSheetPdf.GuardianContact> currentGuardian(long childId, LocalDate today) {
        SqlFragment current = CurrentGuardianship.onDay("cg", today);
        Query query = em.createNativeQuery("SELECT g.name, g.phone, g.email FROM guardianship cg"
                + " JOIN guardian g ON g.id = cg.guardian_id WHERE cg.child_id = ? AND " + current.sql()
                + " ORDER BY cg.kind = 'FULL' DESC, cg.id LIMIT 1").setParameter(1, childId);
        current.bind(query, 2);
        return NativeRows.first(query).map(row -> new InformationSheetPdf.GuardianContact(row.text("name"),
                row.optionalText("phone"), row.optionalText("email")));
    }
}
