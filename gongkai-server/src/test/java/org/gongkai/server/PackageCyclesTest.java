package org.gongkai.server;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** No two packages of the store and the server depend on each other, directly or around a loop. */
@AnalyzeClasses(packages = {"org.gongkai.lifecycle", "org.gongkai.workflow", "org.gongkai.store", "org.gongkai.server"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.gongkai.(**)").should().beFreeOfCycles();
}
