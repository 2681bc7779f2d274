package org.gongkai.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.importing.ImportResult;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DocumentKind;
import org.gongkai.model.GovernmentLevel;
import org.gongkai.model.MoneyUnit;
import org.gongkai.testing.Documents;
import org.gongkai.validation.Category;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.gongkai.validation.rules.StandardRules;

/** The Shanghai finance bureau's 2025 PDF, imported and compared with its hand transcription. */
class PdfImporterCzjTest {

    private static ImportResult result;
    private static Disclosure golden;

    @BeforeAll
    static void importThePdf() {
        result = new PdfImporter().read(resource("/shanghai/shanghai-czj-2025-unit-budget.pdf"));
        golden = Documents.read(Documents.CZJ);
    }

    static Path resource(String name) {
        try {
            return Path.of(PdfImporterCzjTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyTableMatchesTheHandTranscription() {
        List<String> differences = TableDiff.between(golden.tables(), result.disclosure().tables());
        assertThat(differences).as(() -> String.join("\n", differences)).isEmpty();
    }

    @Test
    void theCoverGivesTitleKindYearAndAMunicipalUnit() {
        Disclosure d = result.disclosure();
        assertThat(d.document().title()).isEqualTo("上海市2025年市级单位预算");
        assertThat(d.document().kind()).isEqualTo(DocumentKind.UNIT_BUDGET);
        assertThat(d.document().fiscalYear()).isEqualTo(2025);
        assertThat(d.document().profile()).isEqualTo("shanghai-2025");
        assertThat(d.document().unit()).isEqualTo(MoneyUnit.WAN_YUAN);
        assertThat(d.document().compiledBy()).isEqualTo("上海市财政局");
        assertThat(d.department().name()).isEqualTo("上海市财政局");
        assertThat(d.department().region().level()).isEqualTo(GovernmentLevel.PROVINCE);
        assertThat(d.department().region().province()).isEqualTo("上海市");
    }

    @Test
    void dutiesOrganisationAndGlossaryMatchTheHandTranscription() {
        Disclosure d = result.disclosure();
        assertThat(d.dutiesIntroduction()).isEqualTo(golden.dutiesIntroduction());
        assertThat(d.duties()).containsExactlyElementsOf(golden.duties());
        assertThat(d.organisation()).isEqualTo(golden.organisation());
        assertThat(d.glossary()).containsExactlyElementsOf(golden.glossary());
    }

    @Test
    void theWholeImportEqualsTheHandTranscription() {
        assertThat(result.disclosure()).isEqualTo(golden);
    }

    @Test
    void theStatementSectionsMatchTheHandTranscription() {
        Disclosure d = result.disclosure();
        assertThat(d.overview()).isEqualTo(golden.overview());
        assertThat(d.operatingCosts()).isEqualTo(golden.operatingCosts());
        assertThat(d.threePublic()).isEqualTo(golden.threePublic());
        assertThat(d.performance()).isEqualTo(golden.performance());
        assertThat(d.procurement()).isEqualTo(golden.procurement());
        assertThat(d.assets()).isEqualTo(golden.assets());
        assertThat(d.projectNotes()).isEmpty();
    }

    @Test
    void noRequiredSectionIsMissing() {
        List<Finding> findings = StandardRules.catalog(ProfileLibrary.standard()::orNull).check(result.disclosure());
        assertThat(findings).filteredOn(f -> f.rule().equals("required-sections-present"))
                .extracting(f -> f.rule() + " " + f.path()).isEmpty();
    }

    @Test
    void theStatementFiguresHaveTheirPageAndLine() {
        assertThat(result.places()).containsKeys("/overview/income", "/overview/expenditure",
                "/overview/changeReason", "/overview/expenditure/byFunction/3", "/threePublic", "/operatingCosts",
                "/procurement", "/performance/summary", "/assets/statement", "/assets/table/planned");
        assertThat(result.places().get("/overview/income")).matches("page \\d+, line \\d+");
    }

    @Test
    void everyTableAndAmountHasItsPageAndLine() {
        assertThat(result.places().get("/tables/0")).isEqualTo("page 7, line 1");
        assertThat(result.places().get("/tables/0/incomeRows/0/amounts/amount")).isEqualTo("page 7, line 8");
        assertThat(result.places().get("/tables/0/rows/0/amounts/project")).isEqualTo("page 7, line 8");
        assertThat(result.places().get("/tables/7/rows/11/amounts/total")).isEqualTo("page 17, line 18");
        assertThat(result.places().get("/tables/8/rows/0/amounts/operating_costs")).isEqualTo("page 20, line 8");
        Disclosure d = result.disclosure();
        for (int t = 0; t < d.tables().size(); t++) {
            for (int r = 0; r < d.tables().get(t).rows().size(); r++) {
                for (var c : d.tables().get(t).rows().get(r).amounts().keySet()) {
                    String pointer = "/tables/" + t + "/rows/" + r + "/amounts/" + c.name().toLowerCase(java.util.Locale.ROOT);
                    assertThat(result.places()).as(pointer).containsKey(pointer);
                }
            }
        }
    }

    @Test
    void theOnlyArithmeticFindingIsTheOneYuanSlipOnThe302Line() {
        List<Finding> findings = StandardRules.catalog(ProfileLibrary.standard()::orNull).check(result.disclosure());
        assertThat(findings).filteredOn(f -> f.category() == Category.ARITHMETIC)
                .extracting(f -> f.rule() + " " + f.path())
                .containsExactly("classification-hierarchy-adds-up /tables/7/rows/11/amounts/total"); // both columns, one finding
    }

    @Test
    void everyLineOfTheStatementIsPlaced() {
        assertThat(result.unplaced()).extracting(u -> u.where() + " " + u.reason() + ": " + u.text()).isEmpty();
    }
}
