package org.gongkai.importing.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.model.Column;
import org.gongkai.model.DocumentKind;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.TableKind;
import org.gongkai.model.profile.SectionKind;
import org.gongkai.model.profile.TemplateProfile;
import org.junit.jupiter.api.Test;

class ProfileLibraryTest {

    private final ProfileLibrary library = ProfileLibrary.standard();

    @Test
    void theSeedProfileSpeaksWanYuanAndWritesEffectForBenefit() {
        TemplateProfile hebei = library.profile("hebei-county-2020").orElseThrow();
        assertThat(hebei.statementUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
        assertThat(hebei.framework().id()).isEqualTo("framework-2015");
        assertThat(hebei.framework().category("效果指标")).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("效益指标"));
        assertThat(hebei.framework().category("成本指标")).as("成本 is second-level in 2015").isEmpty();
        assertThat(hebei.tables()).hasSize(8);
    }

    @Test
    void theShanghaiProfileHasNineTablesInYuanAndCostAsFirstLevel() {
        TemplateProfile shanghai = library.profile("shanghai-2025").orElseThrow();
        assertThat(shanghai.tableUnit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(shanghai.tables()).hasSize(9).extracting(t -> t.kind()).contains(TableKind.STATE_CAPITAL_EXPENDITURE);
        assertThat(shanghai.framework().category("成本")).isPresent();
    }

    @Test
    void theNationalFinalAccountsProfileNamesTheNineTablesAndTheirColumns() {
        TemplateProfile fa = library.profile("national-final-accounts-2024").orElseThrow();
        assertThat(fa.kind()).isEqualTo(DocumentKind.DEPARTMENT_FINAL_ACCOUNTS);
        assertThat(fa.isGeneric()).isFalse();
        assertThat(fa.covers(2024)).isTrue();
        assertThat(fa.tableUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
        assertThat(fa.tables()).hasSize(9).allSatisfy(t -> {
            assertThat(t.kind().isFinalAccounts()).isTrue();
            assertThat(t.required()).isTrue();
        });
        assertThat(fa.tables()).extracting(t -> t.kind()).containsExactly(
                TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, TableKind.FINAL_INCOME, TableKind.FINAL_EXPENDITURE,
                TableKind.FINAL_FISCAL_GRANT_SUMMARY, TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE,
                TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE, TableKind.FINAL_THREE_PUBLIC,
                TableKind.FINAL_GOVERNMENT_FUND, TableKind.FINAL_STATE_CAPITAL);
        assertThat(fa.columns()).containsEntry("决算数", Column.OUTTURN).containsEntry("预算数", Column.INITIAL_BUDGET)
                .containsEntry("年初结转和结余", Column.OPENING_BALANCE).containsEntry("经营收入", Column.BUSINESS_OPERATING_INCOME)
                .containsEntry("使用非财政拨款结余", Column.USE_OF_BALANCE).containsEntry("会议费", Column.MEETINGS);
        assertThat(fa.sections()).extracting(s -> s.kind()).contains(SectionKind.FISCAL_GRANT, SectionKind.ASSETS);
        assertThat(fa.framework().id()).isEqualTo("framework-2021");
    }

    @Test
    void anUnknownProfileIsAbsentNotAnError() {
        assertThat(library.profile("atlantis-1999")).isEmpty();
    }
}
