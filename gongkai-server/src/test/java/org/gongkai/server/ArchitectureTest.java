package org.gongkai.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The modules' layers as the code has them: the server (Spring, the web edge) over the store (the
 * lifecycle, the workflow's use cases and their JDBC) over the core (the model, the rules, reading and
 * publishing documents). Dependencies point down only, the core knows no Spring, ({@link PackageCyclesTest}: no
 * two packages of the store or the server depend on each other both ways).
 */
@AnalyzeClasses(packages = {"org.gongkai", "db.migration"}, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CORE = {"org.gongkai.model..", "org.gongkai.validation..", "org.gongkai.importing..",
        "org.gongkai.rendering..", "org.gongkai.disclosure..", "org.gongkai.divisions.."};
    private static final String[] STORE = {"org.gongkai.lifecycle..", "org.gongkai.workflow..", "org.gongkai.store..",
        "db.migration.."};

    @ArchTest
    static final ArchRule serverOverStoreOverCore = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Server").definedBy("org.gongkai.server..")
            .layer("Store").definedBy(STORE)
            .layer("Core").definedBy(CORE)
            .whereLayer("Server").mayNotBeAccessedByAnyLayer()
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Server")
            .whereLayer("Core").mayOnlyBeAccessedByLayers("Store", "Server");

    @ArchTest
    static final ArchRule coreKnowsNoSpring = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
            .because("the core is used by the command line and batch jobs as well as the server");

    @ArchTest
    static final ArchRule theLifecycleKnowsNoDatabase = noClasses().that().resideInAPackage("org.gongkai.lifecycle..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.gongkai.store..",
                    "org.gongkai.workflow..")
            .because("the aggregate and the access policy are tested without a database");
}
