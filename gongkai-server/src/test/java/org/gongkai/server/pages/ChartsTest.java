package org.gongkai.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.gongkai.model.Disclosure;
import org.gongkai.testing.Documents;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The 三公 chart of a disclosure page: a budget's this year against last year, a 决算's 年初预算 against its 决算. */
class ChartsTest {

    private static Charts charts() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasenames("messages", "desk");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return new Charts(m, Locale.SIMPLIFIED_CHINESE);
    }

    private static Charts.Chart threePublic(Disclosure d) {
        return charts().of(d).stream().filter(c -> c.id().equals("chart-three-public")).findFirst().orElseThrow();
    }

    @Test
    void aFinalAccountsDrawsItsThreePublicAgainstTheBudgetItStates() {
        Charts.Chart chart = threePublic(Documents.read(Documents.FINAL));
        assertThat(chart.title()).isEqualTo("“三公”经费：年初预算与决算");
        assertThat(chart.categories()).startsWith("“三公”经费合计");
        assertThat(chart.series().get(0).name()).isEqualTo("年初预算");
        assertThat(chart.series().get(0).values().get(0)).isEqualTo("0.95");
        assertThat(chart.series().get(1).values().get(0)).isEqualTo("0.00");
    }

    @Test
    void aBudgetDrawsThisYearAgainstLastYear() {
        Charts.Chart chart = threePublic(Documents.read(Documents.SEED));
        assertThat(chart.title()).isEqualTo("“三公”经费：本年与上年");
        assertThat(chart.series()).extracting(Charts.Series::name).containsExactly("本年", "上年");
    }
}
