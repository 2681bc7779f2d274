package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The public portal in a real browser over a real server: the seed on the home page and the region
 * tree, search by project and indicator, the disclosure page with its statement, drawn charts and
 * verifiable downloads, English, the region's standing, comparison, keyboard use, phone width,
 * and screenshots of every page (to {@code target/screenshots}, or to the folder given as
 * {@code -Dgongkai.screenshots=DIR}).
 */
class PortalIT {

    private static Servers.Server server;
    private static PortalData data;
    private static Browser browser;
    private static WebDriver driver;

    @BeforeAll
    static void start() {
        assertThat(Browser.available()).as("Chromium and chromedriver are needed (apt-get install chromium chromium-driver)")
                .isTrue();
        server = Servers.h2();
        data = PortalData.load(server);
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

    private static void open(String path) {
        driver.get(server.base() + path);
    }

    private static String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    @Test
    void homeShowsTheSeedAndTheRegionTree() {
        open("/?lang=zh-CN");
        assertThat(driver.findElements(By.tagName("h1"))).hasSize(1);
        assertThat(text("main")).contains(PortalData.SEED_TITLE);
        WebElement county = driver.findElement(By.xpath(
                "//ul[@class='tree']/li[a='河北省']/ul/li[a='邢台市']/ul/li/a[.='临西县']"));
        assertThat(county.getAttribute("href")).endsWith("/regions/130535");
        assertThat(driver.findElements(By.cssSelector("header.site, nav.main-nav, main, footer.site"))).hasSize(4);
    }

    @Test
    void searchFindsTheSeedByProjectAndByIndicator() {
        for (String term : List.of("轴承研究院科技创新", "科普活动和科技竞赛控制成本")) {
            open("/?lang=zh-CN");
            WebElement box = driver.findElement(By.id("home-q"));
            box.sendKeys(term);
            box.sendKeys(Keys.ENTER);
            assertThat(driver.getCurrentUrl()).contains("/search?q=");
            assertThat(text(".results")).contains(PortalData.SEED_TITLE);
        }
        open("/search?q=" + java.net.URLEncoder.encode(PortalData.DRAFT_ONLY_WORD, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(driver.findElements(By.cssSelector(".results"))).isEmpty();
    }

    @Test
    void theDisclosurePageShowsTheStatementAndDrawsItsCharts() {
        open("/disclosures/" + data.seed + "?lang=zh-CN");
        assertThat(driver.findElements(By.tagName("h1"))).hasSize(1);
        assertThat(text("h1")).isEqualTo(PortalData.SEED_TITLE);
        assertThat(text("article.statement")).contains(PortalData.SEED_TITLE, "临西县科学技术协会", "机关运行经费");
        assertThat(drawnCharts()).containsExactlyInAnyOrder("chart-income", "chart-expenditure", "chart-three-public",
                "chart-operating-costs");
        assertThat(text("#chart-functions-figure")).contains("未按支出功能分类");
        assertThat(text("#p-targets")).contains("一级指标", "二级指标", "三级指标", "科普活动和科技竞赛控制成本", "≤1.4万元");
        assertThat(text("#p-downloads")).contains("sha256sum");
        assertThat(text("#p-history")).contains("按原公开文本载入");

        open("/disclosures/" + data.next);
        assertThat(drawnCharts()).hasSize(5);
        assertThat(driver.findElement(By.id("chart-functions-figure")).getAttribute("textContent"))
                .contains("206 科学技术支出", "672.40");
    }

    /** The ids of the chart containers whose ECharts instance exists and has drawn on a canvas of some size. */
    @SuppressWarnings("unchecked")
    private static List<String> drawnCharts() {
        return (List<String>) browser.js("""
                return Array.from(document.querySelectorAll('[data-chart]')).filter(function (el) {
                  var chart = window.echarts && echarts.getInstanceByDom(el);
                  var canvas = el.querySelector('canvas');
                  return chart && canvas && canvas.width > 0 && canvas.height > 0 && el.clientHeight > 100;
                }).map(function (el) { return el.id; });""");
    }

    @Test
    void thePdfListedHashIsTheHashOfTheDownloadedPdf() throws Exception {
        open("/disclosures/" + data.seed);
        String href = driver.findElement(By.cssSelector("a.download[data-format='pdf']")).getAttribute("href");
        String listed = text("code.sha[data-format='pdf']");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body()));
        assertThat(listed).matches("[0-9a-f]{64}").isEqualTo(actual);
    }

    @Test
    void englishIsChosenWithLangAndRemembered() {
        open("/disclosures/" + data.seed + "?lang=en");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(driver.findElements(By.cssSelector("main h2")).stream().map(WebElement::getText).toList())
                .contains("Charts", "Project performance targets", "Downloads and verification", "Version history");
        open("/");
        assertThat(text("h1")).isEqualTo("Department budget disclosures");
        open("/?lang=zh-CN");
        assertThat(text("h1")).isEqualTo("部门预算信息公开");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
    }

    @Test
    void theRegionPageListsTheDepartmentWithItsStanding() {
        open("/regions/130535?year=2020&lang=zh-CN");
        WebElement row = driver.findElement(By.xpath("//table//tr[th/a='临西县科学技术协会']"));
        assertThat(row.getText()).contains("已公开（未载明批复日期）");
        open("/regions/130000?year=2021");
        assertThat(driver.findElement(By.xpath("//table//tr[th/a='临西县科学技术协会']")).getText()).contains("逾期公开");
        open("/regions/130000?year=2022");
        // a reader of the portal learns that nothing is published, not that a draft is being prepared
        assertThat(driver.findElement(By.xpath("//table//tr[th/a='临西县科学技术协会']")).getText()).contains("尚未公开")
                .doesNotContain("编制中");
    }

    @Test
    void theDepartmentPageListsPublishedYearsOnly() {
        open("/departments/130535/306");
        String table = text("table");
        assertThat(table).contains("2021", "2020").doesNotContain("2022");
        open("/disclosures/" + data.draft);
        assertThat(text("h1")).contains("未找到");
    }

    @Test
    void twoYearsSideBySideWithTheDifferencesMarked() {
        open("/compare?department=" + PortalData.DEPARTMENT + "&a=2020&b=2021&lang=zh-CN");
        assertThat(text("h1")).contains("2020", "2021");
        WebElement income = driver.findElement(By.xpath("//table[contains(@class,'compare')]//tr[th/span='收入合计']"));
        assertThat(income.getAttribute("class")).contains("change-up");
        assertThat(income.getText()).contains("756.96", "812.40", "+55.44", "+7.3%");
        WebElement science = driver.findElement(By.xpath("//tr[th/span='206 科学技术支出']"));
        assertThat(science.getText()).contains("仅2021年列示", "672.40");
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndLeadsToTheContent() {
        open("/disclosures/" + data.seed);
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement first = driver.switchTo().activeElement();
        assertThat(first.getAttribute("class")).isEqualTo("skip");
        assertThat(first.getAttribute("href")).endsWith("#main");
        assertThat(first.isDisplayed()).isTrue();
        first.sendKeys(Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }

    @Test
    void pagesFitAPhoneAndAreSavedAsScreenshots() {
        String folder = System.getProperty("gongkai.screenshots");
        Path out = folder == null || folder.isBlank() || folder.equals("true") ? Path.of("target/screenshots")
                : Path.of(folder);
        record Page(String name, String path, int maxHeight) {
        }
        List<Page> pages = List.of(new Page("home", "/", 1400),
                new Page("region", "/regions/130000?year=2021", 1400),
                new Page("department", "/departments/130535/306", 1200),
                new Page("disclosure", "/disclosures/" + data.next, 3200),
                new Page("compare", "/compare?department=" + PortalData.DEPARTMENT + "&a=2020&b=2021", 2600),
                new Page("search", "/search?q=" + java.net.URLEncoder.encode("科技", java.nio.charset.StandardCharsets.UTF_8), 1400));
        open("/?lang=zh-CN");
        for (Page page : pages) {
            for (var size : List.of(Browser.DESKTOP, Browser.PHONE)) {
                browser.size(size);
                open(page.path());
                long overflow = ((Number) browser.js(
                        "return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
                assertThat(overflow).as(page.name() + " at " + size.width + "px scrolls sideways: " + browser.js("""
                        return Array.from(document.querySelectorAll('body *')).filter(function (e) {
                          return !(e.parentElement && e.parentElement.closest('.table-scroll, .chart-canvas')) && e.getBoundingClientRect().right > window.innerWidth + 1;
                        }).slice(0, 8).map(function (e) { return e.tagName + '.' + e.className + '#' + e.id; }).join(', ');"""))
                        .isLessThanOrEqualTo(0);
                String kind = size.equals(Browser.PHONE) ? "phone" : "desktop";
                browser.screenshot(out.resolve("portal-" + page.name() + "-" + kind + ".png"), size, page.maxHeight());
            }
        }
        browser.size(Browser.DESKTOP);
        open("/disclosures/" + data.next + "?lang=en");
        browser.screenshot(out.resolve("portal-disclosure-en-desktop.png"), Browser.DESKTOP, 1800);
        open("/?lang=zh-CN");
        browser.size(Browser.DESKTOP);
    }
}
