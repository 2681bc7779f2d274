package org.gongkai.validation.rules.yoy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.testing.Documents;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.junit.jupiter.api.Test;

/**
 * The Shanghai 2025 unit budget says its 财政拨款 fell by 990 万元 to 17,192 万元 and its 三公 items
 * stayed flat; "last year's" document is the same budget moved to 2024 with last year's figures
 * as that statement implies them (18,182 万元), then with one of them published otherwise.
 */
class LastYearQuotedAsPublishedTest {

    private static final String THIS_YEAR = Documents.CZJ_CORRECTED;
    private static final List<String> LAST_YEAR_AS_QUOTED = List.of(
            "/document/fiscalYear = 2024",
            "/overview/income/sources/0/figure/amount = 18182",
            "/overview/expenditure/fiscalGrant/amount = 18182",
            "/overview/expenditure/byFund/0/figure/amount = 18182");

    private final LastYearQuotedAsPublished rule = new LastYearQuotedAsPublished();

    @Test
    void lastYearAsQuotedIsSilent() {
        assertThat(check(lastYear())).isEmpty();
    }

    @Test
    void aFlatItemThatWasOtherLastYearIsAFindingOnThisYearsDocument() {
        List<Finding> found = check(lastYear("/threePublic/reception/amount = 30.40"));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("last-year-quoted-as-published");
            assertThat(f.path()).isEqualTo("/threePublic/reception/change");
            assertThat(f.message()).contains("持平").contains("25.4").contains("30.40").contains("2024");
        });
    }

    @Test
    void fundLinesAreMatchedBySourceNotByPlace() {
        List<Finding> found = check(lastYear("/overview/expenditure/byFund/0/figure/amount = 18000"));
        assertThat(found).extracting(Finding::path).containsExactly("/overview/expenditure/byFund/0/figure/change");
    }

    @Test
    void onlyLastYearsDocumentOfTheSameKindAndDepartmentIsLastYears() {
        Disclosure later = Documents.read(THIS_YEAR);
        assertThat(LastYearQuotedAsPublished.isLastYearOf(lastYear(), later)).isTrue();
        assertThat(LastYearQuotedAsPublished.isLastYearOf(later, later)).isFalse();
        assertThat(LastYearQuotedAsPublished.isLastYearOf(lastYear("/document/fiscalYear = 2023"), later)).isFalse();
        assertThat(LastYearQuotedAsPublished.isLastYearOf(lastYear("/document/kind = department_budget"), later)).isFalse();
        assertThat(LastYearQuotedAsPublished.isLastYearOf(lastYear("/department/name = 上海市税务局"), later)).isFalse();
    }

    private Disclosure lastYear(String... more) {
        List<String> edits = new ArrayList<>(LAST_YEAR_AS_QUOTED);
        edits.addAll(List.of(more));
        return Documents.read(Documents.edit(THIS_YEAR, edits));
    }

    private List<Finding> check(Disclosure lastYear) {
        return rule.check(Documents.read(THIS_YEAR), lastYear, CheckContext.of(null));
    }
}
