package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole story in Chromium, as people live it: a preparer signs in, starts the seed's 2021 draft
 * from the published 2020 disclosure, sees a finding appear next to the income total as a number is
 * changed and disappear as it is fixed, mends the carried-over errors (the indicator editor offers
 * the framework's choices), acknowledges the warnings and submits; a reviewer returns it with a
 * comment; the preparer reads the comment, fixes and resubmits; the reviewer approves and publishes;
 * an anonymous visitor finds it by search, sees its charts drawn, compares it with 2020 and downloads
 * the PDF whose SHA-256 is the one on the page. Screenshots of the desk pages are written along the
 * way (to target/screenshots, or the folder named by -Dgongkai.screenshots).
 */
class DeskStoryIT {

    private static final String RULES = "# the county publishes its standard tables as separate attachments\n"
            + "profile:hebei-county-2020 required-tables-present warning\n";

    private static Servers.Server server;
    private static Browser browser;
    private static WebDriver driver;
    private static Path shots;

    @BeforeAll
    static void start() throws Exception {
        assertThat(Browser.available()).as("Chromium and chromedriver are needed (apt-get install chromium chromium-driver)")
                .isTrue();
        Path rules = Files.createTempFile("gongkai-rules", ".txt");
        Files.writeString(rules, RULES);
        server = Servers.start(Servers.temporaryFolder(), null, List.of("--gongkai.rules=" + rules));
        Api admin = new Api(server.base());
        WorkflowScenario.expect(admin.login("admin", server.adminPassword()), 200);
        WorkflowScenario.expect(admin.post("/api/users", Map.of("username", "wang", "displayName", "王编制",
                "role", "preparer", "departments", List.of("130535/306"), "password", "wang-password-123")), 201);
        WorkflowScenario.expect(admin.post("/api/users", Map.of("username", "li", "displayName", "李审核",
                "role", "reviewer", "region", "130000", "password", "li-password-1234")), 201);
        browser = Browser.start();
        driver = browser.driver();
        shots = Path.of(System.getProperty("gongkai.screenshots", "target/screenshots"));
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

    private static WebDriverWait await() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private static void open(String path) {
        driver.get(server.base() + path);
    }

    private static void signIn(String user, String password) {
        open("/desk?lang=zh-CN");
        await().until(ExpectedConditions.urlContains("/desk/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password, Keys.ENTER);
        await().until(d -> !d.getCurrentUrl().contains("/desk/login") && !d.findElements(By.tagName("h1")).isEmpty());
    }

    private static void signOut() {
        driver.findElement(By.cssSelector("[data-sign-out]")).click();
        await().until(ExpectedConditions.urlContains("/desk/login"));
    }

    private static WebElement field(String pointer) {
        return await().until(d -> d.findElement(By.id("p:" + pointer)));
    }

    private static void type(String pointer, String value) {
        WebElement input = field(pointer);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    private static boolean findingShown(String rule, String path) {
        return !driver.findElements(By.cssSelector("#finding-list li[data-rule='" + rule + "'][data-path='" + path + "']"))
                .isEmpty();
    }

    private static boolean findingUnder(String rule, String prefix) {
        return driver.findElements(By.cssSelector("#finding-list li[data-rule='" + rule + "']")).stream()
                .anyMatch(li -> li.getDomAttribute("data-path").startsWith(prefix));
    }

    private static int count(String severity) {
        String text = driver.findElement(By.cssSelector("#finding-counts .c-" + severity + " b")).getText();
        return Integer.parseInt(text);
    }

    private static void shoot(String name) {
        browser.screenshot(shots.resolve(name + "-desktop.png"), Browser.DESKTOP, 2400);
        browser.screenshot(shots.resolve(name + "-phone.png"), Browser.PHONE, 2400);
        browser.size(Browser.DESKTOP);
    }

    @Test
    void fromDraftToPublishedAndFoundByThepublic() throws Exception {
        // the preparer starts 2021 from the published 2020 disclosure
        signIn("wang", "wang-password-123");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("临西县科学技术协会", "2020", "已公开");
        shoot("desk-home");
        driver.findElement(By.cssSelector("[data-next-year]")).click();
        await().until(d -> d.getCurrentUrl().matches(".*/desk/disclosures/\\d+$"));
        await().until(d -> "true".equals(d.findElement(By.id("editor")).getDomAttribute("data-ready")));
        String url = driver.getCurrentUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("临西县科学技术协会2021年度部门预算信息公开情况说明");
        assertThat(field("/overview/income/total/prior").getDomProperty("value")).as("last year's total carried over")
                .isEqualTo("756.96");
        assertThat(count("error")).isPositive();
        // a screen reader hears a name for every control of the editor
        assertThat(browser.js("""
                return Array.from(document.querySelectorAll('#editor input, #editor select, #editor textarea'))
                  .filter(function (e) { return !(e.labels && e.labels.length) && !e.getAttribute('aria-label'); })
                  .map(function (e) { return e.id; });""")).asList().isEmpty();
        assertThat(browser.js("""
                return Array.from(document.querySelectorAll('main button, main a'))
                  .filter(function (e) { return !(e.getAttribute('aria-label') || e.textContent.trim()); }).length;"""))
                .isEqualTo(0L);

        // a number changed: the finding appears beside the field; fixed: it goes
        type("/overview/income/sources/0/figure/amount", "756.96");
        for (int i = 1; i <= 3; i++) {
            type("/overview/income/sources/" + i + "/figure/amount", "0");
        }
        type("/overview/income/total/amount", "800");
        await().until(d -> findingShown("income-total-is-sum-of-sources", "/overview/income/total/amount"));
        WebElement total = field("/overview/income/total/amount");
        assertThat(total.getDomAttribute("aria-invalid")).isEqualTo("true");
        WebElement note = driver.findElement(By.id(total.getDomAttribute("aria-describedby")));
        assertThat(note.getText()).contains("756.96");
        shoot("desk-editor");
        driver.findElement(By.cssSelector("#finding-list li[data-rule='income-total-is-sum-of-sources'] a.goto")).click();
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("p:/overview/income/total/amount");
        type("/overview/income/total/amount", "756.96");
        await().until(d -> !findingShown("income-total-is-sum-of-sources", "/overview/income/total/amount"));

        // the carried-over errors mended: indicators (with the framework's choices) and the glossary
        type("/performance/projects/0/indicators/3/value", "≥5项");
        type("/performance/projects/6/indicators/1/value", "≤240万元");
        type("/performance/projects/3/indicators/6/value", "≥90%");
        // the satisfaction indicator filed under 效果 moves to 满意度, and a benefit indicator is added in its place
        Select level1 = new Select(field("/performance/projects/4/indicators/4/level1"));
        assertThat(level1.getOptions().stream().map(WebElement::getText)).contains("产出指标", "效益指标", "满意度指标");
        level1.selectByVisibleText("满意度指标");
        Select level2 = new Select(field("/performance/projects/4/indicators/4/level2"));
        // the 二级 choices follow the 一级 (the value held so far stays offered until it is changed)
        await().until(d -> level2.getOptions().stream().map(WebElement::getText).toList().contains("服务对象满意度指标"));
        assertThat(level2.getOptions().stream().map(WebElement::getText)).doesNotContain("数量指标", "质量指标");
        level2.selectByVisibleText("服务对象满意度指标");
        await().until(d -> findingUnder("project-has-required-categories", "/performance/projects/4"));
        WebElement indicators = field("/performance/projects/4/indicators");
        int rows = indicators.findElements(By.cssSelector("tbody > tr")).size();
        indicators.findElement(By.xpath("./button[last()]")).click();
        String added = "/performance/projects/4/indicators/" + rows;
        new Select(field(added + "/level1")).selectByVisibleText("效益指标");
        new Select(field(added + "/level2")).selectByVisibleText("社会效益指标");
        type(added + "/name", "青少年科技活动参与率");
        type(added + "/value", "≥80%");
        await().until(d -> !findingUnder("project-has-required-categories", "/performance/projects/4"));
        type("/glossary/0/definition", "指县级财政当年拨付的资金。");
        String definition = field("/glossary/6/definition").getDomProperty("value");
        type("/glossary/6/definition", definition.replace("省级", "县级"));
        await().withMessage(() -> driver.findElement(By.id("finding-list")).getText()).until(d -> count("error") == 0);

        driver.findElement(By.id("save")).click();
        await().until(d -> d.findElement(By.id("save-state")).getText().equals("已保存"));

        // every warning answered with a reason, then submitted
        while (!driver.findElements(By.cssSelector("#finding-list form.ack-form")).isEmpty()) {
            WebElement form = driver.findElements(By.cssSelector("#finding-list form.ack-form")).get(0);
            String rule = form.findElement(By.xpath("..")).getDomAttribute("data-rule");
            form.findElement(By.tagName("input")).sendKeys("已核实：" + rule);
            int before = driver.findElements(By.cssSelector("#finding-list form.ack-form")).size();
            form.findElement(By.tagName("button")).click();
            await().until(d -> d.findElements(By.cssSelector("#finding-list form.ack-form")).size() < before);
        }
        driver.findElement(By.id("submit")).click();
        await().until(d -> d.findElement(By.id("notice")).getText().contains("已提交审核"));
        signOut();

        // the reviewer returns it with a comment
        signIn("li", "li-password-1234");
        WebElement row = driver.findElement(By.cssSelector("#queue-table tr[data-disclosure='" + id + "']"));
        assertThat(row.getText()).contains("临西县科学技术协会", "2021", "已提交");
        row.findElement(By.linkText("审核")).click();
        await().until(ExpectedConditions.urlContains("/review"));
        assertThat(driver.findElement(By.id("ly-title")).findElement(By.xpath("..")).getText())
                .as("the difference against last year").contains("756.96");
        shoot("desk-review");
        driver.findElement(By.id("comment")).sendKeys("请在其他事项中说明2021年无政府采购预算。");
        driver.findElement(By.cssSelector("#return-form button")).click();
        await().until(d -> d.findElement(By.tagName("main")).getText().contains("已退回"));
        signOut();

        // the preparer reads the comment, fixes and resubmits
        signIn("wang", "wang-password-123");
        open("/desk/disclosures/" + id);
        await().until(d -> "true".equals(d.findElement(By.id("editor")).getDomAttribute("data-ready")));
        await().until(d -> d.findElement(By.id("comments")).isDisplayed());
        assertThat(driver.findElement(By.id("comments")).getText()).contains("请在其他事项中说明2021年无政府采购预算。");
        type("/otherMatters", "本部门2021年无政府采购预算。");
        driver.findElement(By.id("save")).click();
        await().until(d -> d.findElement(By.id("save-state")).getText().equals("已保存"));
        driver.findElement(By.id("submit")).click();
        await().until(d -> d.findElement(By.id("notice")).getText().contains("已提交审核"));
        signOut();

        // the reviewer approves and publishes
        signIn("li", "li-password-1234");
        open("/desk/disclosures/" + id + "/review");
        driver.findElement(By.cssSelector("#approve-form button")).click();
        await().until(d -> !d.findElements(By.id("publish")).isEmpty());
        driver.findElement(By.id("publish")).click();
        await().until(d -> d.findElement(By.tagName("main")).getText().contains("已公开"));
        open("/desk/regions/130000?year=2021");
        assertThat(driver.findElement(By.id("deadlines")).getText()).contains("临西县科学技术协会", "按时公开");
        shoot("desk-dashboard");
        signOut();

        // an anonymous visitor finds it, sees the charts, compares with 2020, checks the PDF
        driver.manage().deleteAllCookies();
        open("/search?q=" + URLEncoder.encode("轴承研究院科技创新", StandardCharsets.UTF_8) + "&lang=zh-CN");
        WebElement hit = driver.findElement(By.partialLinkText("2021年度"));
        hit.click();
        await().until(ExpectedConditions.urlContains("/disclosures/" + id));
        // every chart the figures allow is drawn: a canvas of some size inside each chart's container
        await().withMessage(() -> String.valueOf(browser.js(
                "return Array.from(document.querySelectorAll('[data-chart]')).map(function (el) { return el.id; });")))
                .until(d -> {
                    List<?> charts = (List<?>) browser.js("""
                            return Array.from(document.querySelectorAll('[data-chart]')).map(function (el) {
                              var c = window.echarts && echarts.getInstanceByDom(el); var canvas = el.querySelector('canvas');
                              return !!(c && canvas && canvas.width > 0 && canvas.height > 0); });""");
                    return !charts.isEmpty() && charts.stream().allMatch(Boolean.TRUE::equals);
                });
        String href = driver.findElement(By.cssSelector("a.download[data-format='pdf']")).getDomProperty("href");
        String listed = driver.findElement(By.cssSelector("code.sha[data-format='pdf']")).getText();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body()))).isEqualTo(listed);
        open("/compare?department=130535/306&a=2020&b=2021&lang=zh-CN");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("2020", "2021", "756.96");
    }

    @Test
    void theAdministratorAddsADepartmentAndItsPreparerWhoStartsADraftFromAFile() throws Exception {
        signIn("admin", server.adminPassword());
        open("/desk/admin");
        driver.findElement(By.id("d-region")).sendKeys("130535");
        driver.findElement(By.id("d-code")).sendKeys("307");
        driver.findElement(By.id("d-name")).sendKeys("临西县气象局");
        driver.findElement(By.cssSelector("form[data-admin='/api/departments'] button")).click();
        await().until(d -> d.findElement(By.tagName("main")).getText().contains("130535/307"));
        driver.findElement(By.id("u-name")).sendKeys("zhao");
        driver.findElement(By.id("u-departments")).sendKeys("130535/307");
        driver.findElement(By.id("u-password")).sendKeys("zhao-password-123");
        driver.findElement(By.cssSelector("form[data-admin='/api/users'] button")).click();
        await().until(d -> d.findElement(By.tagName("main")).getText().contains("zhao"));
        shoot("desk-admin");
        signOut();

        signIn("zhao", "zhao-password-123");
        Path text = Files.createTempDirectory("gongkai-upload").resolve("linxi-2020.txt");
        Files.writeString(text, org.gongkai.testing.Examples.seedText());
        driver.findElement(By.id("import-file")).sendKeys(text.toString());
        driver.findElement(By.cssSelector("#import button")).click();
        await().until(d -> d.getCurrentUrl().matches(".*/desk/disclosures/\\d+$"));
        await().until(d -> "true".equals(d.findElement(By.id("editor")).getDomAttribute("data-ready")));
        assertThat(field("/document/fiscalYear").getDomProperty("value")).isEqualTo("2020");
        assertThat(field("/overview/income/total/amount").getDomProperty("value")).isEqualTo("756.96");
        signOut();
    }
}
