package org.gongkai.importing.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.importing.ImportResult;
import org.gongkai.importing.UnusableInputException;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.Amount;
import org.gongkai.model.ChangeDirection;
import org.gongkai.model.Disclosure;
import org.gongkai.testing.Examples;
import org.gongkai.validation.Category;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.gongkai.validation.rules.StandardRules;

/** The seed statement read from the text of its PDF, and small edits of it. */
class StatementTextImporterTest {

    private static final CanonicalCodec CODEC = new CanonicalCodec();
    private static final RuleCatalog RULES = StandardRules.catalog(ProfileLibrary.standard()::orNull);
    private final StatementTextImporter importer = new StatementTextImporter();

    private ImportResult importText(Path dir, String text) throws Exception {
        Path file = dir.resolve("statement.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return importer.read(file);
    }

    @Test
    void importingTheSeedTextGivesTheExampleFieldByField(@TempDir Path dir) throws Exception {
        ImportResult result = importText(dir, Examples.seedText());
        Disclosure expected = Examples.seed();
        String expectedYaml = CODEC.write(expected, CanonicalFormat.YAML);
        String importedYaml = CODEC.write(result.disclosure(), CanonicalFormat.YAML);
        assertThat(importedYaml).as("the imported seed, written canonically").isEqualTo(expectedYaml);
        assertThat(result.disclosure()).isEqualTo(expected);
        assertThat(result.unplaced()).as("nothing of the seed left unplaced").isEmpty();
    }

    @Test
    void validatingTheSeedTextGivesTheFindingsOfTheExample(@TempDir Path dir) throws Exception {
        List<Finding> fromText = RULES.check(importText(dir, Examples.seedText()).disclosure());
        assertThat(fromText).isEqualTo(RULES.check(Examples.seed()));
    }

    @Test
    void everyImportedValueKnowsItsLine(@TempDir Path dir) throws Exception {
        ImportResult result = importText(dir, Examples.seedText());
        assertThat(result.placeOf("/performance/projects/6/indicators/1/value")).matches("line \\d+");
        assertThat(result.placeOf("/assets/table/holdings/3/value")).matches("line \\d+");
        assertThat(result.placeOf("/threePublic/reception/amount")).matches("line \\d+");
    }

    @Test
    void aChangedAmountIsImportedAndCaughtAsArithmetic(@TempDir Path dir) throws Exception {
        String edited = Examples.seedText().replace("公用经费 9.56 万元", "公用经费 9.65 万元");
        assertThat(edited).isNotEqualTo(Examples.seedText());
        Disclosure d = importText(dir, edited).disclosure();
        assertThat(d.overview().expenditure().publicCosts().amount()).isEqualTo(Amount.wan("9.65"));
        assertThat(RULES.check(d)).anyMatch(f -> f.rule().equals("basic-expenditure-is-personnel-plus-public")
                && f.category() == Category.ARITHMETIC);
    }

    @Test
    void aRemovedReasonIsImportedAndCaughtAsYearOverYear(@TempDir Path dir) throws Exception {
        String edited = Examples.seedText().replace(",减少主要原因是按上级要求厉行节俭。", "。");
        assertThat(edited).isNotEqualTo(Examples.seedText());
        Disclosure d = importText(dir, edited).disclosure();
        assertThat(d.threePublic().total().change().direction()).isEqualTo(ChangeDirection.DECREASE);
        assertThat(d.threePublic().total().reason()).isNull();
        assertThat(RULES.check(d)).anyMatch(f -> f.rule().equals("change-has-a-reason") && f.category() == Category.YOY
                && f.path().equals("/threePublic/total/reason"));
    }

    @Test
    void aRemovedSectionIsImportedAndCaughtAsCompleteness(@TempDir Path dir) throws Exception {
        String text = Examples.seedText();
        String edited = text.substring(0, text.indexOf("九、其他需说明事项"));
        Disclosure d = importText(dir, edited).disclosure();
        assertThat(d.otherMatters()).isNull();
        assertThat(RULES.check(d)).anyMatch(f -> f.rule().equals("required-sections-present")
                && f.category() == Category.COMPLETENESS && f.path().equals("/otherMatters"));
    }

    @Test
    void aCostWrittenAsACeilingImportsAsOne(@TempDir Path dir) throws Exception {
        String edited = Examples.seedText().replace("≥240 万元", "≤240 万元");
        Disclosure d = importText(dir, edited).disclosure();
        assertThat(d.performance().projects().get(6).indicators().get(1).value().text()).isEqualTo("≤240万元");
        assertThat(RULES.check(d)).noneMatch(f -> f.rule().equals("cost-indicator-is-a-ceiling"));
    }

    @Test
    void fullWidthDigitsReadAsDigits(@TempDir Path dir) throws Exception {
        String edited = Examples.seedText().replace("其他交通费 5.76 万元", "其他交通费 ５．７６ 万元");
        Disclosure d = importText(dir, edited).disclosure();
        assertThat(d.operatingCosts().items().get(7).amount()).isEqualTo(Amount.wan("5.76"));
    }

    @Test
    void textThatCannotBePlacedIsReportedWithItsLine(@TempDir Path dir) throws Exception {
        String edited = Examples.seedText().replace("九、其他需说明事项", "一行无法归类的说明文字。\n\n九、其他需说明事项");
        ImportResult result = importText(dir, edited);
        assertThat(result.unplaced()).extracting(ImportResult.Unplaced::text).contains("一行无法归类的说明文字。");
        assertThat(result.unplaced()).allSatisfy(u -> assertThat(u.where()).matches("line \\d+"));
    }

    @Test
    void aFileThatIsNotUtf8IsOneClearProblem(@TempDir Path dir) throws Exception {
        Path gbk = dir.resolve("gbk.txt");
        Files.write(gbk, Examples.seedText().getBytes(Charset.forName("GBK")));
        assertThatThrownBy(() -> importer.read(gbk)).isInstanceOf(UnusableInputException.class)
                .satisfies(e -> assertThat(((UnusableInputException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.describe()).contains("gbk.txt").contains("UTF-8")));
    }

    @Test
    void textWithoutSectionsIsNotAStatement(@TempDir Path dir) {
        assertThatThrownBy(() -> importText(dir, "会议纪要\n\n今天开会。\n")).isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("statement.txt");
    }

    @Test
    void aTitleYearOutsideTheFiscalYearsIsOneProblemAtTheTitle(@TempDir Path dir) {
        // found by the fuzzer: the title's 2020 edited to 1904 reached the model's own check
        String edited = Examples.seedText().replaceFirst("2020 年度部门预算", "1904 年度部门预算");
        assertThatThrownBy(() -> importText(dir, edited)).isInstanceOf(UnusableInputException.class)
                .satisfies(e -> assertThat(((UnusableInputException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.describe()).contains("statement.txt", "1904", "1990–2100")));
    }
}
