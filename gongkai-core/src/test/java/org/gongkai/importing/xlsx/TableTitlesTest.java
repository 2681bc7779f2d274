package org.gongkai.importing.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.importing.pdf.TemplateFamilies;
import org.gongkai.model.TableKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TableTitlesTest {

    private static TableTitles titlesOf(String... texts) {
        return TableTitles.of(TemplateFamilies.standard(), ProfileLibrary.standard(), List.of(texts));
    }

    @ParameterizedTest
    @EnumSource(value = TableKind.class, mode = EnumSource.Mode.EXCLUDE, names = {"PROCUREMENT", "FIXED_ASSETS"})
    void everyStandardTitleNamesItsOwnKindNotOneWhoseTitleItEndsWith(TableKind kind) {
        String title = "2024年" + kind.standardTitle();
        TableTitles titles = titlesOf(title);

        assertThat(titles.kind(title)).as("read with " + titles.profile().id()).contains(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "一般公共预算机关运行经费支出预算表, OPERATING_COSTS",
        "2025年预算单位财务收支预算总表, INCOME_EXPENDITURE_SUMMARY",
        "表6 政府性基金预算支出功能分类预算表, GOVERNMENT_FUND_EXPENDITURE",
        "一般公共预算基本支出部门预算经济分类预算表, GENERAL_BUDGET_BASIC_EXPENDITURE",
        "“三公”经费、会议费、培训费支出预算表, THREE_PUBLIC"})
    void aTitleIsReadAsTheProfilesNameIt(String title, TableKind kind) {
        assertThat(titlesOf(title).kind(title)).contains(kind);
    }

    @Test
    void aTitleNoProfileNamesIsNoStandardTable() {
        TableTitles titles = titlesOf("2024年部门收支总表");

        assertThat(titles.kind("项目支出绩效目标表")).isEmpty();
        assertThat(titles.kind("编制单位：某某局")).isEmpty();
    }
}
