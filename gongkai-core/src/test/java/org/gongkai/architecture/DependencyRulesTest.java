package org.gongkai.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of the core (docs/adr/0001-module-layout.md): the model and the rules are plain Java with no
 * framework, serialisation or database types; the core has no Spring at all; dependencies point inward to
 * the model; and no two packages depend on each other, directly or round a loop.
 */
@AnalyzeClasses(packages = "org.gongkai", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRulesTest {

    @ArchTest
    static final ArchRule modelAndRulesUseNoFramework = noClasses()
            .that().resideInAnyPackage("org.gongkai.model..", "org.gongkai.validation..", "org.gongkai.divisions..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "tools.jackson..", "com.fasterxml.jackson..",
                    "java.sql..", "javax.sql..", "jakarta..", "com.networknt..")
            .because("the domain is framework-free (docs/adr/0001-module-layout.md)");

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.gongkai.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.gongkai.validation..", "org.gongkai.importing..", "org.gongkai.disclosure..",
                    "org.gongkai.rendering..", "org.gongkai.store..")
            .because("dependencies point inward to the model");

    @ArchTest
    static final ArchRule rulesDoNotReachOutward = noClasses()
            .that().resideInAPackage("org.gongkai.validation..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.gongkai.importing..", "org.gongkai.disclosure..", "org.gongkai.rendering..", "org.gongkai.store..")
            .because("rules see only the model");

    @ArchTest
    static final ArchRule coreUsesNoSpring = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
            .because("the core is framework-free; Spring lives in gongkai-server");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.gongkai.(**)")
            .should().beFreeOfCycles()
            .because("a package and the packages it builds on can each be understood, and changed, without the other");
}
