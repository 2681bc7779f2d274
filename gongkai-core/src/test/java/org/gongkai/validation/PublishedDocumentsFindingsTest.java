package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.testing.Documents;
import org.junit.jupiter.api.Test;
import org.gongkai.validation.rules.StandardRules;

/** What the catalogue says of the real documents: their real defects, and no false alarm. */
class PublishedDocumentsFindingsTest {

    private static final RuleCatalog CATALOG = StandardRules.catalog(ProfileLibrary.standard()::orNull);

    private static List<String> summary(List<Finding> findings, Severity atLeast) {
        return findings.stream().filter(f -> f.severity().compareTo(atLeast) <= 0)
                .map(f -> f.rule() + " " + f.path()).toList();
    }

    @Test
    void theSeedAsPublishedGetsTheFindingsItsDefectsDeserve() {
        List<Finding> findings = CATALOG.check(Documents.read(Documents.SEED));
        assertThat(findings).noneMatch(f -> f.category() == Category.ARITHMETIC);
        assertThat(summary(findings, Severity.WARNING)).containsExactlyInAnyOrder(
                "planned-purchases-appear-in-procurement /assets/plannedPurchases",
                "count-indicator-has-a-count-unit /performance/projects/0/indicators/3/value",
                "cost-indicator-is-a-ceiling /performance/projects/6/indicators/1/value",
                "satisfaction-is-a-percentage-under-satisfaction /performance/projects/3/indicators/6/value",
                "satisfaction-is-a-percentage-under-satisfaction /performance/projects/4/indicators/4/level1",
                "goal-numbers-appear-in-indicators /performance/projects/2/goal",
                "goal-numbers-appear-in-indicators /performance/projects/6/goal",
                "required-tables-present /tables",
                "required-tables-present /tables",
                "required-tables-present /tables",
                "required-tables-present /tables",
                "required-tables-present /tables",
                "required-tables-present /tables",
                "required-tables-present /tables",
                "required-tables-present /tables",
                "no-wording-from-another-level /glossary/0/definition",
                "no-wording-from-another-level /glossary/6/definition",
                "no-wording-from-another-level /glossary/6/definition",
                "known-misspellings /assets/statement",
                "known-misspellings /glossary/7/term",
                "vehicle-subtotal-names-both-parts /threePublic/vehiclesLabel");
    }

    @Test
    void findingsNameTheOffendingItemInTheDocumentsWords() {
        List<Finding> findings = CATALOG.check(Documents.read(Documents.SEED));
        assertThat(findings).filteredOn(f -> f.rule().equals("cost-indicator-is-a-ceiling"))
                .singleElement().satisfies(f -> {
                    assertThat(f.subject()).isEqualTo("科学技术投入成本");
                    assertThat(f.message()).contains("≥240万元").contains("轴承研究院科技创新");
                });
        assertThat(findings).filteredOn(f -> f.rule().equals("no-wording-from-another-level"))
                .first().satisfies(f -> assertThat(f.subject()).isEqualTo("省级财政"));
    }

    @Test
    void theCorrectedSeedHasNoErrorOutsideCompleteness() {
        List<Finding> findings = CATALOG.check(Documents.read(Documents.SEED_CORRECTED));
        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR && f.category() != Category.COMPLETENESS)
                .isEmpty();
    }

    @Test
    void theShanghaiBudgetAsPublishedShowsItsOneYuanSlipOnceAsRoundingAndItsEmptyTablesWithoutNotes() {
        List<Finding> findings = CATALOG.check(Documents.read(Documents.CZJ));
        assertThat(summary(findings, Severity.ERROR)).containsExactlyInAnyOrder(
                "empty-table-carries-its-note /tables/5/note",
                "empty-table-carries-its-note /tables/6/note");
        assertThat(findings).filteredOn(f -> f.rule().equals("classification-hierarchy-adds-up")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.path()).isEqualTo("/tables/7/rows/11/amounts/total");
                    assertThat(f.difference().plain()).isEqualTo("1");
                    assertThat(f.message()).contains("同一差异见于“公用经费”列").contains("尾差±9");
                });
        assertThat(findings).filteredOn(f -> f.rule().equals("budget-names-its-own-kind")).singleElement()
                .extracting(Finding::path).isEqualTo("/assets/statement");
    }

    @Test
    void aDifferenceBeyondTheRoundingIsOneErrorWhereItStartsWithThePlacesItReaches() {
        // 30201 办公费 misprinted as 9,999,999 元: 302 no longer adds up, in both columns, one finding
        Disclosure d = Documents.read(Documents.edit(Documents.CZJ_CORRECTED,
                "/tables/7/rows/12/amounts/total = 9999999", "/tables/7/rows/12/amounts/public = 9999999"));
        List<Finding> found = CATALOG.check(d).stream().filter(f -> f.rule().equals("classification-hierarchy-adds-up")).toList();
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("同一差异见于“公用经费”列");
        });
    }

    @Test
    void aSectionStatedWrongIsReportedOnceWithTheCategoryItUnbalances() {
        // 20106 财政事务 printed 1,000 元 high in 合计: 20106 ≠ Σ项 and 201 ≠ Σ款, one root cause
        Disclosure d = Documents.read(Documents.edit(Documents.CZJ_CORRECTED, "/tables/2/rows/1/amounts/total = 127887849"));
        List<Finding> found = CATALOG.check(d).stream().filter(f -> f.rule().equals("classification-hierarchy-adds-up")).toList();
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/tables/2/rows/1/amounts/total");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("并使上级201 一般公共服务支出不等于其下级之和");
        });
    }

    @Test
    void roundingIsATunedParameterOfTheSettings() {
        RuleCatalog exact = CATALOG.withSettings(RuleSettings.parse(
                "* classification-hierarchy-adds-up rounding-per-part=0\n", "settings.txt", CATALOG.ids()));
        assertThat(exact.check(Documents.read(Documents.CZJ)))
                .filteredOn(f -> f.rule().equals("classification-hierarchy-adds-up")).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.ERROR);
    }

    @Test
    void theStatementInWanAgreesWithTablesInYuanWithinItsStatedPrecision() {
        List<Finding> findings = CATALOG.check(Documents.read(Documents.CZJ_CORRECTED));
        assertThat(findings).filteredOn(f -> f.category() == Category.CONSISTENCY).isEmpty();
        assertThat(summary(findings, Severity.INFO)).isEmpty();
    }
}
