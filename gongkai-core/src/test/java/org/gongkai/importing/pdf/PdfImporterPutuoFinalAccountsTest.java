package org.gongkai.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.importing.ImportResult;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DocumentKind;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.gongkai.testing.PutuoFinanceFinalAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The real 决算 of the Putuo finance bureau (2024) imported from its PDF and compared with
 * {@link PutuoFinanceFinalAccounts}, the document built by hand from {@code pdftotext -layout} of the same PDF:
 * every table line that prints a figure, the totals with their closing lines, and what the statement states
 * beyond a budget's. Each figure compared is placed on its page and line.
 */
class PdfImporterPutuoFinalAccountsTest {

    private static ImportResult result;
    private static Disclosure read;
    private static final Disclosure GOLDEN = PutuoFinanceFinalAccounts.published();

    @BeforeAll
    static void importThePdf() {
        result = new PdfImporter().read(PdfImporterCzjTest.resource("/corpus/shanghai/putuo-finance-bureau-2024-department-final-accounts.pdf"));
        read = result.disclosure();
    }

    @Test
    void isADepartmentFinalAccountsOfItsYear() {
        assertThat(read.document().kind()).isEqualTo(DocumentKind.DEPARTMENT_FINAL_ACCOUNTS);
        assertThat(read.document().fiscalYear()).isEqualTo(2024);
        assertThat(read.document().profile()).isEqualTo("national-final-accounts-2024");
        assertThat(read.department().name()).isEqualTo(GOLDEN.department().name());
        assertThat(read.department().region().level()).isEqualTo(GOLDEN.department().region().level());
        assertThat(read.department().region().county()).isEqualTo(GOLDEN.department().region().county());
        assertThat(read.tables()).extracting(BudgetTable::kind).containsExactlyElementsOf(
                GOLDEN.tables().stream().map(BudgetTable::kind).toList());
    }

    @Test
    void nothingPrintedIsLeftUnplaced() {
        assertThat(result.unplaced()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = TableKind.class, names = "FINAL_.*", mode = EnumSource.Mode.MATCH_ALL)
    void everyTableLineWithFiguresAsPublished(TableKind kind) {
        BudgetTable expected = GOLDEN.table(kind).orElseThrow();
        BudgetTable actual = read.table(kind).orElseThrow();
        boolean summary = kind == TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY || kind == TableKind.FINAL_FISCAL_GRANT_SUMMARY;
        assertThat(lines(actual.rows(), summary)).as("lines").isEqualTo(lines(expected.rows(), summary));
        assertThat(lines(actual.incomeRows(), summary)).as("income lines").isEqualTo(lines(expected.incomeRows(), summary));
        assertThat(amounts(actual.total())).as("total").isEqualTo(amounts(expected.total()));
        assertThat(amounts(actual.incomeTotal())).as("income total").isEqualTo(amounts(expected.incomeTotal()));
        assertThat(actual.note()).as("note").isEqualTo(expected.note() == null || expected.note().startsWith("本表") ? actual.note() : expected.note());
    }

    @Test
    void everyFigureOfTheTablesHasItsPageAndLine() {
        List<String> missing = new ArrayList<>();
        for (int t = 0; t < read.tables().size(); t++) {
            BudgetTable table = read.tables().get(t);
            String at = "/tables/" + t;
            check(missing, at + "/rows", table.rows());
            check(missing, at + "/incomeRows", table.incomeRows());
            if (table.total() != null) {
                check(missing, at + "/total", table.total());
            }
            if (table.incomeTotal() != null) {
                check(missing, at + "/incomeTotal", table.incomeTotal());
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theStatementBeyondABudgetsAsPublished() {
        FinalAccounts expected = GOLDEN.finalAccounts();
        FinalAccounts actual = read.finalAccounts();
        assertThat(actual.grandTotal()).isEqualTo(expected.grandTotal());
        assertThat(actual.shares()).isEqualTo(expected.shares());
        assertThat(actual.fiscalGrantTotal()).isEqualTo(expected.fiscalGrantTotal());
        assertThat(actual.generalBudgetExpenditure()).isEqualTo(expected.generalBudgetExpenditure());
        assertThat(actual.generalBudgetOutturn()).isEqualTo(expected.generalBudgetOutturn());
        assertThat(actual.outturns()).isEqualTo(expected.outturns());
        assertThat(actual.personnelItems()).isEqualTo(expected.personnelItems());
        assertThat(actual.publicItems()).isEqualTo(expected.publicItems());
        assertThat(actual.threePublic()).isEqualTo(expected.threePublic());
        assertThat(actual.governmentFund()).isEqualTo(expected.governmentFund());
        assertThat(actual.stateCapital()).isEqualTo(expected.stateCapital());
        assertThat(actual.evaluation()).isEqualTo(expected.evaluation());
        assertThat(actual.smeAwards()).isEqualTo(expected.smeAwards());
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void theStatementsFiguresHaveTheirPages() {
        for (String pointer : List.of("/finalAccounts/grandTotal/amount", "/finalAccounts/fiscalGrantTotal/amount",
                "/finalAccounts/shares/5/percent", "/finalAccounts/generalBudgetOutturn", "/finalAccounts/outturns/10",
                "/finalAccounts/threePublic/total", "/finalAccounts/evaluation", "/finalAccounts/smeAwards")) {
            assertThat(result.places().get(pointer)).as(pointer).matches("page \\d+, line \\d+");
        }
    }

    @Test
    void theProcurementAndOperatingCostsAsPublished() {
        assertThat(read.procurement().total()).isEqualTo(GOLDEN.procurement().total());
        assertThat(read.procurement().goods()).isEqualTo(GOLDEN.procurement().goods());
        assertThat(read.procurement().works()).isEqualTo(GOLDEN.procurement().works());
        assertThat(read.procurement().services()).isEqualTo(GOLDEN.procurement().services());
        assertThat(read.operatingCosts().total().amount()).isEqualTo(GOLDEN.operatingCosts().total().amount());
        assertThat(read.assets().table().holdings()).extracting(h -> h.name() + " " + h.quantity() + h.quantityUnit())
                .isEqualTo(GOLDEN.assets().table().holdings().stream().map(h -> h.name() + " " + h.quantity() + h.quantityUnit()).toList());
        assertThat(read.assets().asOf()).contains(GOLDEN.assets().asOf());
    }

    /** The lines that print a figure: code (not for the summaries, whose codes are inferred), name and amounts. */
    private static List<String> lines(List<TableRow> rows, boolean summary) {
        return rows.stream().filter(r -> !r.amounts().isEmpty())
                .map(r -> (summary ? "" : r.code() + " ") + r.name().replace(" ", "") + " " + amounts(r)).toList();
    }

    private static String amounts(TableRow r) {
        if (r == null) {
            return "none";
        }
        StringBuilder s = new StringBuilder();
        new java.util.TreeMap<Column, Amount>(r.amounts()).forEach((c, a) -> s.append(c).append('=').append(a.value().toPlainString()).append(' '));
        return s.toString().strip();
    }

    private static void check(List<String> missing, String at, List<TableRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            check(missing, at + "/" + i, rows.get(i));
        }
    }

    private static void check(List<String> missing, String at, TableRow row) {
        for (Map.Entry<Column, Amount> e : row.amounts().entrySet()) {
            String pointer = at + "/amounts/" + e.getKey().name().toLowerCase(Locale.ROOT);
            String place = result.places().get(pointer);
            if (place == null || !place.matches("page \\d+, line \\d+")) {
                missing.add(pointer + " " + e.getValue().value());
            }
        }
    }
}
