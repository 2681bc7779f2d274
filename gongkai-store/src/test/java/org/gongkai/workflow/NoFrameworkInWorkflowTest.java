package org.gongkai.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The use cases of review and release are plain Java: the server's framework stays at the edge. */
@AnalyzeClasses(packages = "org.gongkai", importOptions = ImportOption.DoNotIncludeTests.class)
class NoFrameworkInWorkflowTest {

    @ArchTest
    static final ArchRule workflowAndStoreUseNoFramework = noClasses()
            .that().resideInAnyPackage("org.gongkai.workflow..", "org.gongkai.lifecycle..", "org.gongkai.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..")
            .because("the server is an edge over the use cases (docs/adr/0007-server.md)");
}
