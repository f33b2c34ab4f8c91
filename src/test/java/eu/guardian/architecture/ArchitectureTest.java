package eu.guardian.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.inject.Named;

/**
 * The package structure of docs/architecture.md, kept so by the build: capabilities depend on each other in one
 * direction only; platform and security are the ground below every capability (they use each other: security speaks
 * through platform's texts and answers, platform's menus and settings ask who the caller is); the pages' view beans are
 * an edge that nothing but the pages' own helpers uses; REST resources are an edge that nothing uses.
 */
@AnalyzeClasses(packages = "eu.guardian", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CAPABILITIES = {"eu.guardian.child..", "eu.guardian.guardian..",
        "eu.guardian.guardianship..", "eu.guardian.visit..", "eu.guardian.assessment..", "eu.guardian.protection..",
        "eu.guardian.careplan..", "eu.guardian.caseteam..", "eu.guardian.complaint..", "eu.guardian.document..",
        "eu.guardian.audit..", "eu.guardian.oversight..", "eu.guardian.staff.."};

    /** The pages' edge: view beans and the small form, row, dialog and option classes they are built of. */
    private static final DescribedPredicate<JavaClass> PAGE_EDGE = simpleNameEndingWith("View")
            .or(simpleNameEndingWith("Form")).or(simpleNameEndingWith("Dialog")).or(simpleNameEndingWith("Page"))
            .or(simpleNameEndingWith("Row")).or(simpleNameEndingWith("Option")).or(simpleNameEndingWith("Converter"))
            .or(nameMatching(".*(View|Form|Dialog|Page|Row|Option|Converter)\\$.*"));

    @ArchTest
    static final ArchRule capabilitiesHaveNoCycles = slices().matching("eu.guardian.(*)..").should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage("eu.guardian.security.."), resideInAPackage("eu.guardian.platform.."))
            .because("a rule must have one owner, and an owner must not depend on those who use its rule");

    @ArchTest
    static final ArchRule groundImportsNoCapability = noClasses().that().resideInAnyPackage("eu.guardian.platform..",
            "eu.guardian.security..").should().dependOnClassesThat().resideInAnyPackage(CAPABILITIES)
            .because("platform and security are the ground every capability builds on");

    @ArchTest
    static final ArchRule onlyThePagesUseViewBeans = classes().that().haveSimpleNameEndingWith("View")
            .and().areAnnotatedWith(Named.class).should().onlyHaveDependentClassesThat(PAGE_EDGE)
            .because("view beans are the pages' edge: services never call back into a page");

    @ArchTest
    static final ArchRule nothingUsesResources = noClasses().that().haveSimpleNameNotEndingWith("Resource")
            .and().haveNameNotMatching(".*Resource\\$.*").should().dependOnClassesThat(
                    simpleNameEndingWith("Resource").and(resideInAPackage("eu.guardian..")))
            .because("REST resources are the API's edge and hold no rule anyone else needs");
}
