package org.gongkai.workflow;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.gongkai.store.Database;
import org.gongkai.store.JdbcAuditLog;

/**
 * Every use case (drafting, next disclosures, review, publishing, reading, search, the deadline
 * dashboard, the directory, sign-in and account administration, reading the audit log) reaches the
 * database only through the repositories' interfaces ({@code Disclosures}, {@code Departments},
 * {@code Placements}, {@code Transactions}, {@code Regions}, {@code Users}, {@code Tokens},
 * {@code LoginFailures}, {@code AuditTrail}, the read models): no JDBC type, no JDBC implementation,
 * no connection-passing helper. {@code Workflow} and {@code JdbcUseCases} are where the JDBC ones are
 * chosen, and are not use cases.
 */
@AnalyzeClasses(packages = "org.gongkai", importOptions = ImportOption.DoNotIncludeTests.class)
class UseCasesOverRepositoriesTest {

    @ArchTest
    static final ArchRule useCasesDependOnTheInterfaces = noClasses()
            .that().haveSimpleName("Drafting").or().haveSimpleName("NextDisclosures").or().haveSimpleName("Review")
            .or().haveSimpleName("Publishing").or().haveSimpleName("Reading").or().haveSimpleName("Search")
            .or().haveSimpleName("Deadlines").or().haveSimpleName("UseCase")
            .or().haveSimpleName("Gates").or().haveSimpleName("Steps").or().haveSimpleName("Repositories")
            .or().haveSimpleName("Directory").or().haveSimpleName("Accounts").or().haveSimpleName("UserAdministration")
            .or().haveSimpleName("AuditAccess")
            .and().resideInAPackage("org.gongkai.workflow")
            .should().dependOnClassesThat(resideInAnyPackage("java.sql..", "javax.sql..")
                    .or(simpleNameStartingWith("Jdbc"))
                    .or(equivalentTo(Database.class)).or(equivalentTo(JdbcAuditLog.class))
                    .or(equivalentTo(DisclosureRows.class)).or(equivalentTo(RegionRows.class))
                    .or(equivalentTo(VersionRows.class)).or(equivalentTo(Rows.class)))
            .because("the JDBC classes implement the repositories; a use case is tested with in-memory ones"
                    + " (docs/adr/0006-storage.md)");
}
