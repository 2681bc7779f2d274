package org.gongkai.importing.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.gongkai.importing.InputProblem;
import org.gongkai.importing.UnusableInputException;
import org.gongkai.model.Amount;
import org.gongkai.model.Disclosure;
import org.gongkai.model.MoneyUnit;
import org.gongkai.testing.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CanonicalCodecTest {

    private final CanonicalCodec codec = new CanonicalCodec(Locale.ENGLISH);
    private final String seedYaml = Examples.read(Examples.seedExample());

    @ParameterizedTest
    @EnumSource(CanonicalFormat.class)
    void roundTripsTheSeedThroughTheModel(CanonicalFormat format) {
        Disclosure original = codec.read(seedYaml, "seed", CanonicalFormat.YAML);
        String written = codec.write(original, format);
        Disclosure reread = codec.read(written, "written", format);
        assertThat(reread).isEqualTo(original);
        assertThat(codec.write(reread, format)).isEqualTo(written);
    }

    @ParameterizedTest
    @EnumSource(CanonicalFormat.class)
    void holdsTheShanghaiBudgetWithTablesInYuanAndStatementInWan(CanonicalFormat format) {
        Disclosure czj = codec.read(Examples.resource("/shanghai/czj-2025.yaml"), "czj", CanonicalFormat.YAML);
        assertThat(czj.tables()).hasSize(9);
        var t8 = czj.table(org.gongkai.model.TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE).orElseThrow();
        assertThat(t8.unit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(t8.total().amount(org.gongkai.model.Column.TOTAL)).contains(Amount.yuan("127642039"));
        assertThat(czj.threePublic().total().amount()).isEqualTo(Amount.wan("346.30"));
        assertThat(codec.read(codec.write(czj, format), "written", format)).isEqualTo(czj);
    }

    @Test
    void writesAmountsAsBareNumbersInTheUnitInScope() {
        String written = codec.write(Examples.seed(), CanonicalFormat.YAML);
        assertThat(written).contains("amount: 756.96").doesNotContain("756.96万元").doesNotContain("\u0000");
    }

    @Test
    void readsAnAmountWithItsOwnUnitWhereItDiffersFromTheScope() {
        String yaml = seedYaml.replace("priorYearEndTotal: 11.79", "priorYearEndTotal: \"117,900元\"");
        Disclosure d = codec.read(yaml, "edited", CanonicalFormat.YAML);
        assertThat(d.assets().priorYearEndTotal()).isEqualTo(Amount.yuan("117900"));
        String rewritten = codec.write(d, CanonicalFormat.YAML);
        assertThat(rewritten).contains("priorYearEndTotal: 117900元");
        assertThat(codec.read(rewritten, "rewritten", CanonicalFormat.YAML)).isEqualTo(d);
    }

    @Test
    void keepsBlankDistinctFromZero() {
        Disclosure d = codec.read(seedYaml, "seed", CanonicalFormat.YAML);
        var holdings = d.assets().table().holdings();
        assertThat(holdings.get(1).value()).as("房屋 value printed as ——").isNull();
        assertThat(holdings.get(4).value()).as("设备 value printed as 0").isEqualTo(Amount.zero(MoneyUnit.WAN_YUAN));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown field          | '  compiledBy: 临西县科学技术协会'     | '  compiledBy: 临西县科学技术协会\n  compiler: x' | 13 | /document/compiler         | unknown field 'compiler'",
        "wrong type             | '  fiscalYear: 2020'                  | '  fiscalYear: 二〇二〇'                        | 7  | /document/fiscalYear       | integer",
        "not an amount          | '    personnel: {amount: 121}'        | '    personnel: {amount: 12l}'                 | 52 | /overview/expenditure/personnel/amount | not an amount",
        "missing required part  | '  name: 临西县科学技术协会\n  code:'   | '  code:'                                     | 13 | /department                | missing required field 'name'",
        "unknown enumeration    | '    level: county'                   | '    level: district'                          | 17 | /department/region/level   | enum",
    })
    void reportsEachProblemWithFileLineAndPointer(String what, String from, String to, int line, String pointer, String message) {
        String yaml = seedYaml.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        assertThat(yaml).as("edit applied").isNotEqualTo(seedYaml);
        UnusableInputException e = catchThrowableOfType(UnusableInputException.class,
                () -> codec.read(yaml, "copy.yaml", CanonicalFormat.YAML));
        assertThat(e).isNotNull();
        assertThat(e.problems()).hasSize(1);
        InputProblem p = e.problems().get(0);
        assertThat(p.file()).isEqualTo("copy.yaml");
        assertThat(p.line()).isEqualTo(line);
        assertThat(p.pointer()).isEqualTo(pointer);
        assertThat(p.message()).containsIgnoringCase(message);
    }

    @Test
    void reportsEveryProblemOfAFileAtOnce() {
        String yaml = seedYaml.replace("  fiscalYear: 2020", "  fiscalYear: x")
                .replace("    nature: 参公", "    natur: 参公")
                .replace("{name: 办公费, economicCode: \"30201\", amount: 1.6}", "{name: 办公费, economicCode: \"30201\", amount: 一点六}");
        UnusableInputException e = catchThrowableOfType(UnusableInputException.class,
                () -> codec.read(yaml, "copy.yaml", CanonicalFormat.YAML));
        assertThat(e.problems()).extracting(InputProblem::pointer).containsExactly(
                "/document/fiscalYear", "/organisation/units/0/natur", "/operatingCosts/items/0/amount");
    }

    @Test
    void namesTheLineOfASyntaxError() {
        String yaml = "document:\n  title: [unclosed\n  kind: x\n";
        UnusableInputException e = catchThrowableOfType(UnusableInputException.class,
                () -> codec.read(yaml, "broken.yaml", CanonicalFormat.YAML));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.describe()).startsWith("broken.yaml:3:").contains("not valid YAML");
        });
    }

    @Test
    void refusesJsonThatIsNotAnObject() {
        assertThatThrownBy(() -> codec.read("[1, 2]", "list.json", CanonicalFormat.JSON))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("list.json:1:1");
    }

    @Test
    void speaksChineseByDefault() {
        String yaml = seedYaml.replace("  compiledBy: 临西县科学技术协会", "  compiledBy: 临西县科学技术协会\n  compiler: x");
        UnusableInputException e = catchThrowableOfType(UnusableInputException.class,
                () -> new CanonicalCodec().read(yaml, "copy.yaml", CanonicalFormat.YAML));
        assertThat(e.problems().get(0).message()).isEqualTo("未知字段“compiler”");
    }

    @Test
    void readsFilesByExtensionAndRefusesOthers(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("seed.json");
        Files.writeString(json, codec.write(Examples.seed(), CanonicalFormat.JSON));
        assertThat(codec.read(json)).isEqualTo(Examples.seed());
        Path txt = dir.resolve("seed.docx");
        Files.writeString(txt, "x");
        assertThatThrownBy(() -> codec.read(txt)).isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("seed.docx");
        assertThatThrownBy(() -> codec.read(dir.resolve("missing.yaml"))).isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("no such file");
    }

    @Test
    void refusesTextThatIsNotUtf8(@TempDir Path dir) throws Exception {
        Path gbk = dir.resolve("gbk.yaml");
        Files.write(gbk, List.of("document:", "  title: 临西县").stream()
                .reduce((a, b) -> a + "\n" + b).orElseThrow().getBytes("GBK"));
        assertThatThrownBy(() -> codec.read(gbk)).isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void aNumberWithAHugeExponentIsOneProblemNamingTheFile() {
        // found by the fuzzer: the JSON parser throws its NumberFormatException unwrapped
        String json = "{\"document\": -777777777777.7707e77777777777777777770000000000000000624073026777}";
        UnusableInputException e = catchThrowableOfType(UnusableInputException.class,
                () -> codec.read(json, "huge.json", CanonicalFormat.JSON));
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("huge.json");
            assertThat(p.message()).contains("too large");
        });
    }
}
