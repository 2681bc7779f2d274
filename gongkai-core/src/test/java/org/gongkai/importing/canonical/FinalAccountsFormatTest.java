package org.gongkai.importing.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.model.Amount;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DocumentKind;
import org.gongkai.model.OutturnComparison;
import org.gongkai.model.TableKind;
import org.gongkai.testing.PutuoFinanceFinalAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A final accounts (决算) disclosure in the canonical format: written, checked against the schema, read back whole. */
class FinalAccountsFormatTest {

    private final CanonicalCodec codec = new CanonicalCodec();

    @ParameterizedTest
    @EnumSource(CanonicalFormat.class)
    void roundTripsTheRealFinalAccountsThroughTheSchemaAndTheModel(CanonicalFormat format) {
        Disclosure original = PutuoFinanceFinalAccounts.published();
        String written = codec.write(original, format);
        Disclosure reread = codec.read(written, "putuo-final-accounts." + format.name().toLowerCase(), format);
        assertThat(reread).isEqualTo(original);
        assertThat(codec.write(reread, format)).isEqualTo(written);
    }

    @Test
    void spellsTheFinalAccountsInTheCanonicalWords() {
        String yaml = codec.write(PutuoFinanceFinalAccounts.published(), CanonicalFormat.YAML);
        assertThat(yaml)
                .contains("kind: department_final_accounts")
                .contains("kind: final_fiscal_grant_summary")
                .contains("opening_balance: 21.63")
                .contains("grand_total: 2961.68")
                .contains("comparison: below")
                .contains("completionRate: 98.20")
                .contains("finalAccounts:");
    }

    @Test
    void readsAHandWrittenFinalAccountsAndRefusesAnUnknownColumn() {
        String yaml = """
                document: {title: 某局2024年度部门决算, kind: unit_final_accounts, fiscalYear: 2024,
                  profile: national-final-accounts-2024, unit: 万元}
                department: {name: 某局, region: {level: county, province: 上海市, county: 普陀区}}
                tables:
                - kind: final_three_public
                  title: 财政拨款“三公”经费支出决算表
                  unit: 万元
                  columns: [total, abroad, vehicles, reception, meetings, training]
                  rows:
                  - {name: 预算数, amounts: {total: 1.5, reception: 1.5, meetings: 3}}
                  - {name: 决算数, amounts: {total: 1.2, reception: 1.2, training: "2000元"}}
                finalAccounts:
                  generalBudgetOutturn: {name: 一般公共预算财政拨款支出, budget: 100, outturn: 98.2, completionRate: 98.20, comparison: below, reason: 节约}
                  evaluation: {evaluatedProjects: 2, excellent: 1, good: 1, pass: 0, fail: 0, averageScore: 93.5}
                """;
        Disclosure d = codec.read(yaml, "hand.yaml", CanonicalFormat.YAML);
        assertThat(d.document().kind()).isEqualTo(DocumentKind.UNIT_FINAL_ACCOUNTS);
        assertThat(d.table(TableKind.FINAL_THREE_PUBLIC).orElseThrow().rows().get(1).amount(Column.TRAINING))
                .contains(Amount.yuan("2000"));
        assertThat(d.finalAccounts().generalBudgetOutturn().comparison()).isEqualTo(OutturnComparison.BELOW);
        assertThat(d.finalAccounts().evaluation().good()).isEqualTo(1);

        var e = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.gongkai.importing.UnusableInputException.class,
                () -> codec.read(yaml.replace("meetings: 3", "banquets: 3"), "hand.yaml", CanonicalFormat.YAML));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/tables/0/rows/0/amounts");
            assertThat(p.line()).isPositive();
        });
    }
}
