package org.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DocumentKind;
import org.gongkai.model.Outturn;
import org.gongkai.testing.Documents;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleCatalog;
import org.junit.jupiter.api.Test;
import org.gongkai.validation.rules.StandardRules;

/** The 决算 draft a department starts from the budget it published for the same year, on the real documents. */
class FinalAccountsDraftTest {

    private static final Disclosure SEED = Documents.read(Documents.SEED);
    private static final Disclosure CZJ = Documents.read(Documents.CZJ);
    private static final ProfileLibrary PROFILES = ProfileLibrary.standard();

    private final FinalAccountsDraft drafts = new FinalAccountsDraft(PROFILES);

    @Test
    void theSeedsDraftIsItsTwentyTwentyFinalAccountsWithTheThreePublicBudgetAsYearStartBudget() {
        Disclosure draft = drafts.draftFor(SEED);

        assertThat(draft.fiscalYear()).isEqualTo(2020);
        assertThat(draft.document().kind()).isEqualTo(DocumentKind.DEPARTMENT_FINAL_ACCOUNTS);
        assertThat(draft.document().title()).isEqualTo("临西县科学技术协会2020年度部门决算信息公开情况说明");
        assertThat(draft.document().approvedOn()).isNull();
        assertThat(draft.document().preamble()).isNull();
        assertThat(PROFILES.profile(draft.document().profile()).orElseThrow().kind().isFinalAccounts()).isTrue();
        assertThat(draft.department()).isEqualTo(SEED.department());
        assertThat(draft.duties()).isEqualTo(SEED.duties());
        assertThat(draft.tables()).isEmpty();
        assertThat(draft.performance()).isNull();

        // the 三公 of the budget become the 年初预算 of the 决算, the 决算 itself blank
        var three = draft.finalAccounts().threePublic();
        assertThat(three.total().budget().value()).isEqualByComparingTo("1.1");
        assertThat(three.vehicles().budget().value()).isEqualByComparingTo("1");
        assertThat(three.vehicles().name()).isEqualTo("公务用车运行维护费");
        assertThat(three.reception().budget().value()).isEqualByComparingTo("0.1");
        assertThat(three.abroad().budget().value()).isEqualByComparingTo("0");
        assertThat(List.of(three.total(), three.abroad(), three.vehicles(), three.reception()))
                .allSatisfy(o -> assertThat(o.outturn()).isNull());
        // this year's amounts are not known from a budget: blank, never zero
        assertThat(draft.threePublic().total().amount()).isNull();
        assertThat(draft.overview().income().total().amount()).isNull();
        assertThat(draft.overview().expenditure().total().amount()).isNull();
        assertThat(draft.operatingCosts().items()).extracting(i -> i.name()).contains("办公费", "差旅费");
        assertThat(draft.operatingCosts().items()).allSatisfy(i -> assertThat(i.amount()).isNull());
        // the seed states no function headings, so there are no lines to compare yet
        assertThat(draft.finalAccounts().outturns()).isEmpty();
    }

    @Test
    void aUnitBudgetsFunctionHeadingsAndGeneralBudgetBecomeTheLinesOfItsUnitFinalAccounts() {
        Disclosure draft = drafts.draftFor(CZJ);

        assertThat(draft.document().kind()).isEqualTo(DocumentKind.UNIT_FINAL_ACCOUNTS);
        assertThat(draft.fiscalYear()).isEqualTo(2025);
        assertThat(draft.document().title()).doesNotContain("预算").contains("决算");
        assertThat(draft.finalAccounts().outturns()).extracting(Outturn::code).startsWith("201", "208", "210");
        Outturn first = draft.finalAccounts().outturns().get(0);
        assertThat(first.budget().value()).isEqualByComparingTo(new BigDecimal("12789"));
        assertThat(first.purpose()).startsWith("人员经费、公用经费");
        assertThat(first.outturn()).isNull();
        assertThat(draft.finalAccounts().generalBudgetOutturn().budget().value()).isEqualByComparingTo("17192");
        assertThat(draft.finalAccounts().threePublic().abroad().budget().value()).isEqualByComparingTo("288.70");
        assertThat(draft.overview().expenditure().byFunction()).allSatisfy(f -> assertThat(f.figure().amount()).isNull());
    }

    @Test
    void theDraftIsWrittenAndReadInTheCanonicalFormatAndTheCatalogueChecksIt() {
        CanonicalCodec codec = new CanonicalCodec();
        RuleCatalog catalog = StandardRules.catalog(PROFILES::orNull);
        for (Disclosure budget : List.of(SEED, CZJ)) {
            Disclosure draft = drafts.draftFor(budget);
            String json = codec.write(draft, CanonicalFormat.JSON);
            Disclosure read = codec.read(json, "draft", CanonicalFormat.JSON);
            assertThat(read).isEqualTo(draft);
            List<Finding> findings = catalog.check(read);
            // nothing the budget stated as this year's money is asserted by the draft: no arithmetic error on blanks
            assertThat(findings).noneMatch(f -> f.rule().startsWith("final-") && f.severity().name().equals("ERROR"));
        }
    }

    @Test
    void aFinalAccountsIsNotTheStartOfAnother() {
        Disclosure draft = drafts.draftFor(SEED);
        assertThatThrownBy(() -> drafts.draftFor(draft)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("budget");
    }
}
