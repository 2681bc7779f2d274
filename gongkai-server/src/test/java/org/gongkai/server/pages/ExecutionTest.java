package org.gongkai.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.gongkai.disclosure.FinalAccountsDraft;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.Disclosure;
import org.gongkai.testing.Documents;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A year's 预算 against its 决算, on the real documents and on the seed's budget with a 决算 started from it. */
class ExecutionTest {

    private static final Disclosure PUTUO = Documents.read(Documents.FINAL);
    private static final Disclosure SEED = Documents.read(Documents.SEED);

    private final Execution zh = new Execution(messages(), Locale.SIMPLIFIED_CHINESE);

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasenames("messages", "desk");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    private static Execution.Row row(Execution.Part part, String label) {
        return part.rows().stream().filter(r -> r.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + part.rows()));
    }

    @Test
    void aPublishedFinalAccountsAloneShowsItsOutturnsAndTheBudgetItStatesButNoRate() {
        List<Execution.Part> parts = zh.of(null, PUTUO);
        Execution.Part functions = parts.get(0);

        // 201 from the 决算's table 5; its 年初预算 as the statement compares its 项 lines (1560.05 + 10.00 + 135.90 + 450.52)
        Execution.Row general = row(functions, "201 一般公共服务支出");
        assertThat(general.outturn()).isEqualTo("2,106.66");
        assertThat(general.stated()).isEqualTo("2,156.47");
        assertThat(general.budget()).isEqualTo("—");
        assertThat(general.rate()).as("no budget disclosure, no rate").isEqualTo("—");
        assertThat(functions.rows()).extracting(Execution.Row::label)
                .containsExactly("201 一般公共服务支出", "208 社会保障和就业支出", "210 卫生健康支出", "221 住房保障支出");
        assertThat(functions.anyStated()).isTrue();
        // the chart holds the exact published strings, one series for 预算 and one for 决算
        assertThat(functions.chart().series()).extracting(Charts.Series::name).containsExactly("预算数", "决算数");
        assertThat(functions.chart().series().get(1).values()).containsExactly("2106.66", "326.72", "60.99", "445.69");

        Execution.Row three = row(parts.get(1), "“三公”经费合计");
        assertThat(three.stated()).isEqualTo("0.95");
        assertThat(three.outturn()).isEqualTo("0.00");
    }

    @Test
    void theSeedsBudgetAgainstAFinalAccountsStartedFromItGivesTheExecutionRate() {
        CanonicalCodec codec = new CanonicalCodec();
        String draft = codec.write(new FinalAccountsDraft(ProfileLibrary.standard()).draftFor(SEED), CanonicalFormat.YAML);
        Disclosure fa = Documents.read(Documents.edit(draft,
                "/finalAccounts/threePublic/total/outturn = 1.02",
                "/finalAccounts/threePublic/reception/outturn = 0.07",
                "/finalAccounts/threePublic/abroad/outturn = 0"));
        Execution.Part three = zh.of(SEED, fa).get(1);

        assertThat(row(three, "“三公”经费合计")).isEqualTo(
                new Execution.Row("“三公”经费合计", "1.10", "1.10", "1.02", "-0.08", "92.7%", "both"));
        assertThat(row(three, "公务接待费").rate()).isEqualTo("70.0%");
        assertThat(row(three, "因公出国(境)费").rate()).as("a budget of zero gives no rate").isEqualTo("—");
        // stated in the budget but not yet in the 决算: the 决算 column is a dash, not zero
        Execution.Row vehicles = row(three, "公务用车购置及运行费");
        assertThat(vehicles.outturn()).isEqualTo("—");
        assertThat(vehicles.kind()).isEqualTo("only-budget");
        // the seed states no function classes and the draft has none yet: nothing to draw, said so
        Execution.Part functions = zh.of(SEED, fa).get(0);
        assertThat(functions.empty()).isTrue();
        assertThat(functions.chart().note()).isEqualTo("两份公开均未列示此项数据。");
    }

    @Test
    void theRateIsExactUntilRoundedHalfUpToOneDecimal() {
        assertThat(Execution.rate(new BigDecimal("1.02"), new BigDecimal("1.10"))).isEqualTo("92.7%");
        assertThat(Execution.rate(new BigDecimal("0.9995"), new BigDecimal("1"))).isEqualTo("100.0%");
        assertThat(Execution.rate(new BigDecimal("0.9994"), new BigDecimal("1"))).isEqualTo("99.9%");
        assertThat(Execution.rate(new BigDecimal("1511.89"), new BigDecimal("1560.05"))).isEqualTo("96.9%");
        assertThat(Execution.rate(BigDecimal.ONE, BigDecimal.ZERO)).isEqualTo("—");
        assertThat(Execution.rate(null, BigDecimal.ONE)).isEqualTo("—");
    }

    @Test
    void inEnglishThePortalsOwnWordsAreEnglish() {
        Execution en = new Execution(messages(), Locale.ENGLISH);
        Execution.Part functions = en.of(null, PUTUO).get(0);
        assertThat(functions.title()).isEqualTo("By function class (类): budget and outturn");
        assertThat(functions.chart().series()).extracting(Charts.Series::name).containsExactly("Budget", "Outturn");
    }
}
