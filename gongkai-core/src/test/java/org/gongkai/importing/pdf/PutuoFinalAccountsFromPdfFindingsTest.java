package org.gongkai.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.Disclosure;
import org.gongkai.testing.PutuoFinanceFinalAccounts;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleCatalog;
import org.gongkai.validation.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.gongkai.validation.rules.StandardRules;

/**
 * The catalogue on the Putuo 决算 as imported from its PDF finds what it finds on the copy built by hand
 * ({@code PutuoFinalAccountsFindingsTest}), and no false alarm of its own: the reading gives the rules what
 * the document prints.
 */
class PutuoFinalAccountsFromPdfFindingsTest {

    private static final ProfileLibrary PROFILES = ProfileLibrary.standard();
    private static final RuleCatalog CATALOG = StandardRules.catalog(PROFILES::orNull);
    private static List<Finding> fromPdf;

    @BeforeAll
    static void importAndCheck() {
        Disclosure read = new PdfImporter().read(PdfImporterCzjTest.resource(
                "/corpus/shanghai/putuo-finance-bureau-2024-department-final-accounts.pdf")).disclosure();
        fromPdf = CATALOG.check(read);
    }

    @Test
    void findsTheDefectsOfThePublishedStatement() {
        assertThat(fromPdf).filteredOn(f -> f.severity() != Severity.INFO)
                .extracting(Finding::rule, Finding::path)
                .containsExactlyInAnyOrder(
                        // 四、财政拨款收入支出总计“0.3万元”: the table's 总计 is 2,961.68万元
                        tuple("final-statement-matches-tables", "/finalAccounts/fiscalGrantTotal/amount"),
                        // 一般公共服务支出（类）2106.66万元“占71.73%”: it is 71.65% of 2,940.05万元
                        tuple("shares-agree-with-amounts", "/finalAccounts/shares/5/percent"),
                        // “完成预算的0%” of 三公 items the table gives no budget
                        tuple("completion-rate-agrees-with-figures", "/finalAccounts/threePublic/abroad/completionRate"),
                        tuple("completion-rate-agrees-with-figures", "/finalAccounts/threePublic/vehicles/completionRate"),
                        // 人员经费“主要包括：……个人农业生产补贴”, a line the 基本支出决算表 leaves blank
                        tuple("basic-items-named-have-figures", "/finalAccounts/personnelItems/9"),
                        // 财政拨款收入支出总计“持平”, its reason “…等原因减少支付”
                        tuple("flat-change-is-not-explained-as-a-movement", "/finalAccounts/fiscalGrantTotal/reason"),
                        // 五、（三）2 一般行政管理事务（项）“主要用于：……等基本支出”, its 10.00 in 表5 all 项目支出
                        tuple("stated-basic-or-project-agrees-with-tables", "/finalAccounts/outturns/1/purpose"));
        // 政府采购251.25万元, but 货物4.79 + 工程0 + 服务246.47 = 251.26万元: four rounded figures, a hint
        assertThat(fromPdf).filteredOn(f -> f.rule().equals("procurement-split-adds-up"))
                .extracting(Finding::path, Finding::severity)
                .containsExactly(tuple("/procurement/total/amount", Severity.INFO));
    }

    @Test
    void findsWhatTheCopyByHandFindsAndTheGlossarysHalfWidthColon() {
        List<String> byHand = CATALOG.check(PutuoFinanceFinalAccounts.published()).stream()
                .map(f -> f.rule() + " " + f.severity()).sorted().toList();
        List<String> read = fromPdf.stream()
                .filter(f -> !f.path().startsWith("/glossary/")) // the copy by hand keeps each definition's first clause only
                .map(f -> f.rule() + " " + f.severity()).sorted().toList();
        assertThat(read).isEqualTo(byHand);
        // 名词解释 十、“三公”经费：…公务接待费。其中:因公出国（境）费…, printed with a half-width colon
        assertThat(fromPdf).filteredOn(f -> f.path().startsWith("/glossary/"))
                .extracting(Finding::rule, Finding::severity)
                .containsExactly(tuple("chinese-text-uses-full-width-punctuation", Severity.INFO));
    }

    @Test
    void reportsTheRoundingOfTheTablesAsHints() {
        assertThat(fromPdf).filteredOn(f -> f.rule().equals("final-table-totals-add-up") || f.rule().equals("final-tables-agree-with-each-other"))
                .isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.difference().abs().value()).isLessThanOrEqualTo(new java.math.BigDecimal("0.02"));
                });
    }
}
