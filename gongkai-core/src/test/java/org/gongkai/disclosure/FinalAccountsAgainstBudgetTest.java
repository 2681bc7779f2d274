package org.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.importing.Importers;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalImporter;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.importing.pdf.PdfImporter;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DocumentInfo;
import org.gongkai.model.Figure;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Outturn;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.gongkai.model.ThreePublicExpenses;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.gongkai.validation.rules.StandardRules;

/**
 * A 决算 against the budget of its year, on pairs built from real documents: the Putuo finance bureau's 决算
 * of 2024 as imported from its PDF, and a real Putuo department budget (the district office's of 2025, as
 * imported) given the bureau's name and year and, for its 一般公共预算支出 lines and 三公, the figures the 决算
 * says were budgeted (agreeing) or one of them changed (disagreeing). The budget's tables are in 元, the
 * 决算's in 万元.
 */
class FinalAccountsAgainstBudgetTest {

    private static final String RULE = "final-initial-budget-is-the-published-budget";
    private static final CheckFinalAccountsAgainstBudget CHECK = new CheckFinalAccountsAgainstBudget();
    private static final CanonicalCodec CODEC = new CanonicalCodec();

    private static Disclosure finalAccounts;
    private static Disclosure realBudget;

    @BeforeAll
    static void importBoth() throws URISyntaxException {
        PdfImporter pdf = new PdfImporter();
        finalAccounts = pdf.read(corpus("putuo-finance-bureau-2024-department-final-accounts.pdf")).disclosure();
        realBudget = pdf.read(corpus("putuo-district-office-2025-department-budget.pdf")).disclosure();
    }

    private static Path corpus(String name) throws URISyntaxException {
        return Path.of(FinalAccountsAgainstBudgetTest.class.getResource("/corpus/shanghai/" + name).toURI());
    }

    /** The real budget as the bureau's budget of the 决算's year, its lines and 三公 what the 决算 says was budgeted, one line changed by {@code shiftYuan}. */
    private static Disclosure budgetOfTheYear(long shiftYuan, String shiftedCode, String threePublicTotal) {
        BudgetTable real = realBudget.table(TableKind.GENERAL_BUDGET_EXPENDITURE).orElseThrow();
        List<TableRow> rows = new ArrayList<>();
        for (Outturn o : finalAccounts.finalAccounts().outturns()) {
            Amount yuan = o.budget().in(MoneyUnit.YUAN);
            if (o.code().equals(shiftedCode)) {
                yuan = yuan.plus(Amount.of(String.valueOf(shiftYuan), MoneyUnit.YUAN));
            }
            rows.add(new TableRow(o.code(), o.name(), Map.of(Column.TOTAL, yuan)));
        }
        Map<Column, Amount> total = new EnumMap<>(Column.class);
        total.put(Column.TOTAL, finalAccounts.finalAccounts().generalBudgetOutturn().budget().in(MoneyUnit.YUAN));
        BudgetTable lines = new BudgetTable(real.kind(), real.number(), real.title(), MoneyUnit.YUAN, List.of(Column.TOTAL),
                List.of(), null, rows, new TableRow(null, "合计", total), null);
        List<BudgetTable> tables = new ArrayList<>(realBudget.tables());
        tables.set(tables.indexOf(real), lines);
        ThreePublicExpenses t = realBudget.threePublic();
        ThreePublicExpenses threePublic = new ThreePublicExpenses(Figure.of(Amount.wan(threePublicTotal)), Figure.of(Amount.wan("0")),
                t.vehiclesLabel(), Figure.of(Amount.wan("0")), Figure.of(Amount.wan("0")), Figure.of(Amount.wan("0")),
                Figure.of(Amount.wan("0.95")), t.note());
        DocumentInfo doc = realBudget.document();
        DocumentInfo info = new DocumentInfo(finalAccounts.department().name() + finalAccounts.fiscalYear() + "年部门预算", doc.kind(),
                finalAccounts.fiscalYear(), doc.profile(), doc.unit(), doc.preamble(), doc.approvedOn(), doc.publishedOn(),
                doc.dataAsOf(), doc.compiledBy());
        return new Disclosure(info, finalAccounts.department(), realBudget.dutiesIntroduction(), realBudget.duties(),
                realBudget.organisation(), realBudget.overview(), realBudget.operatingCosts(), threePublic,
                realBudget.performance(), realBudget.procurement(), realBudget.assets(), realBudget.glossary(),
                realBudget.otherMatters(), tables, realBudget.projectNotes());
    }

    @Test
    void aBudgetThatStatesWhatTheFinalAccountsSayWasBudgetedAgrees() {
        assertThat(CHECK.check(finalAccounts, budgetOfTheYear(0, "", "0.95"))).isEmpty();
    }

    @Test
    void aLineBudgetedOtherwiseIsReportedOnTheFinalAccountsWithBothFigures() {
        List<Finding> found = CHECK.check(finalAccounts, budgetOfTheYear(-600_500, "2010601", "0.95"));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RULE);
            assertThat(f.path()).isEqualTo("/finalAccounts/outturns/0/budget");
            assertThat(f.expected()).isEqualTo(Amount.wan("1500.0000"));
            assertThat(f.actual()).isEqualTo(Amount.wan("1560.05"));
            assertThat(f.message()).contains("1560.05万元", "15000000");
        });
    }

    @Test
    void threePublicBudgetedOtherwiseIsReportedOnTheThreePublicTable() {
        List<Finding> found = CHECK.check(finalAccounts, budgetOfTheYear(0, "", "1.20"));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("“三公”经费");
            assertThat(f.path()).isEqualTo("/tables/6/rows/0/amounts/total");
            assertThat(f.actual()).isEqualTo(Amount.wan("0.95"));
        });
    }

    @Test
    void aDifferenceWithinTheCoarserPrecisionIsNoDifference() {
        // 49 元 is under half of 0.01 万元: 1560.05 万元 is what 15,600,549 元 prints as
        assertThat(CHECK.check(finalAccounts, budgetOfTheYear(49, "2010601", "0.95"))).isEmpty();
        assertThat(CHECK.check(finalAccounts, budgetOfTheYear(51, "2010601", "0.95"))).hasSize(1);
    }

    @Test
    void onlyAFinalAccountsAgainstABudgetIsCompared() {
        Disclosure budget = budgetOfTheYear(-600_500, "2010601", "1.20");
        assertThat(CHECK.check(budget, finalAccounts)).isEmpty();
        assertThat(CHECK.check(finalAccounts, finalAccounts)).isEmpty();
    }

    @Test
    void theAuditPairsTheFinalAccountsWithTheBudgetOfItsDepartmentAndYear(@TempDir Path dir) throws IOException {
        Path agreeing = dir.resolve("agreeing");
        Path disagreeing = dir.resolve("disagreeing");
        Path otherYear = dir.resolve("other-year");
        for (Path p : List.of(agreeing, disagreeing, otherYear)) {
            Files.createDirectories(p);
            CODEC.write(finalAccounts, p.resolve("final-accounts.yaml"));
        }
        CODEC.write(budgetOfTheYear(0, "", "0.95"), agreeing.resolve("budget.yaml"));
        CODEC.write(budgetOfTheYear(-600_500, "2010601", "0.95"), disagreeing.resolve("budget.yaml"));
        Disclosure nextYear = budgetOfTheYear(-600_500, "2010601", "0.95");
        CODEC.write(new Disclosure(new DocumentInfo(nextYear.document().title(), nextYear.document().kind(), 2025,
                nextYear.document().profile(), nextYear.document().unit(), null, null, null, null, null), nextYear.department(),
                null, null, null, null, null, nextYear.threePublic(), null, null, null, null, null, nextYear.tables(), null),
                otherYear.resolve("budget.yaml"));

        Importers importers = new Importers(List.of(new CanonicalImporter(CODEC)));
        RuleCatalog catalog = StandardRules.catalog(ProfileLibrary.standard()::orNull);
        AuditDisclosures audit = new AuditDisclosures(new CheckDisclosures(importers, catalog::check), importers::accepts);

        assertThat(ruleFindings(audit, agreeing)).isEmpty();
        assertThat(ruleFindings(audit, otherYear)).isEmpty();
        assertThat(ruleFindings(audit, disagreeing)).singleElement()
                .satisfies(f -> assertThat(f).startsWith("final-accounts.yaml /finalAccounts/outturns/0/budget"));
    }

    private static List<String> ruleFindings(AuditDisclosures audit, Path folder) {
        return audit.run(audit.files(folder), 1, p -> { }).stream()
                .flatMap(r -> r.findings().stream().filter(f -> f.rule().equals(RULE))
                        .map(f -> Path.of(r.file()).getFileName() + " " + f.path()))
                .toList();
    }
}
