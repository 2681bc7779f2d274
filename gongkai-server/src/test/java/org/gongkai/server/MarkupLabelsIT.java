package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.model.Disclosure;
import org.gongkai.lifecycle.Actor;
import org.gongkai.workflow.Workflow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * A published disclosure whose labels are markup (issue 14, item 2): its page draws every chart,
 * shows the labels as text in the tooltips, and runs none of it; the content security policy
 * allows no inline script.
 */
class MarkupLabelsIT {

    static final String IMG = "收入<img src=x onerror=window.__xss=1>";
    static final String COMMENT = "办公费<!--";
    static final String SCRIPT = "</script><script>window.__xss=2</script>";

    private static Servers.Server server;
    private static Browser browser;
    private static WebDriver driver;
    private static long id;

    @BeforeAll
    static void start() {
        assertThat(Browser.available()).as("Chromium and chromedriver are needed (apt-get install chromium chromium-driver)")
                .isTrue();
        server = Servers.h2();
        String yaml = PortalData.nextYear(PortalData.seedYaml())
                .replace("label: 一般公共预算收入", "label: '" + IMG + "'")
                .replace("{name: 办公费, economicCode: \"30201\"", "{name: '" + COMMENT + "', economicCode: \"30201\"")
                .replace("{name: 印刷费, economicCode: \"30202\"", "{name: '" + SCRIPT + "', economicCode: \"30202\"");
        CanonicalCodec codec = server.context().getBean(CanonicalCodec.class);
        Disclosure disclosure = codec.read(yaml, "markup.yaml", CanonicalFormat.YAML);
        id = server.context().getBean(Workflow.class).loadPublished(Actor.SYSTEM, PortalData.DEPARTMENT, disclosure,
                "markup").id();
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> drawnCharts() {
        return (List<String>) browser.js("""
                return Array.from(document.querySelectorAll('[data-chart]')).filter(function (el) {
                  var chart = window.echarts && echarts.getInstanceByDom(el);
                  var canvas = el.querySelector('canvas');
                  return chart && canvas && canvas.width > 0 && canvas.height > 0;
                }).map(function (el) { return el.id; });""");
    }

    /** Shows the tooltip of one point of a chart and returns the tooltip's text, or null if none shows. */
    private static String tooltip(String chart, int seriesIndex, int dataIndex) throws InterruptedException {
        browser.js("echarts.getInstanceByDom(document.getElementById(arguments[0]))"
                + ".dispatchAction({type: 'showTip', seriesIndex: arguments[1], dataIndex: arguments[2]});",
                chart, seriesIndex, dataIndex);
        for (int i = 0; i < 50; i++) {
            Object text = browser.js("""
                    var tips = Array.from(document.getElementById(arguments[0]).querySelectorAll('div'))
                      .filter(function (d) { return d.style.position === 'absolute' && d.style.display !== 'none'
                        && d.textContent.length > 0 && !d.querySelector('canvas'); });
                    return tips.length ? tips[tips.length - 1].textContent : null;""", chart);
            if (text != null) {
                return (String) text;
            }
            Thread.sleep(100);
        }
        return null;
    }

    private static Object injected() {
        return browser.js("return [window.__xss === undefined ? null : window.__xss,"
                + " document.querySelectorAll('img[src=\"x\"]').length];");
    }

    @Test
    void labelsOfMarkupAreShownAsTextAndNothingRuns() throws Exception {
        driver.get(server.base() + "/disclosures/" + id + "?lang=zh-CN");

        assertThat(drawnCharts()).contains("chart-income", "chart-operating-costs");
        assertThat(tooltip("chart-income", 0, 0)).contains(IMG);
        assertThat(tooltip("chart-operating-costs", 0, 0)).contains(COMMENT);
        assertThat(tooltip("chart-operating-costs", 0, 1)).contains(SCRIPT);
        assertThat(injected()).isEqualTo(java.util.Arrays.asList(null, 0L));
    }

    @Test
    void theContentSecurityPolicyAllowsNoInlineScript() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.base() + "/disclosures/" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        String scripts = policy.replaceAll(".*script-src ([^;]*).*", "$1");

        assertThat(scripts).isEqualTo("'self'");
        assertThat(page.body()).doesNotContain("<img src=x").doesNotContain("<!--\"").doesNotContain("<script>window");
    }
}
