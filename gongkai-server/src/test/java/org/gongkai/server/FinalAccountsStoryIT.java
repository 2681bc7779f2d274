package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The 决算 story in Chromium: the seed department's preparer starts the 2020 final accounts from the
 * published 2020 budget at the desk, finds the budget's 三公 as 年初预算, enters what was spent (the
 * figures of this story are its own, typed as a preparer would) and a line by function class, mends
 * the errors the draft carries over, acknowledges the warnings and submits; a reviewer approves and
 * publishes it, and the region's dashboard of 决算 deadlines counts from that approval; an anonymous
 * visitor finds the year on the department's page with its budget and 决算 side by side, sees 预算
 * against 决算 by function class and for 三公 with the execution rate, in charts that are drawn and in
 * tables, in Chinese and English, and downloads the 决算 PDF whose SHA-256 is the listed one.
 * Screenshots go to target/screenshots (or -Dgongkai.screenshots).
 */
class FinalAccountsStoryIT {

    /** The county keeps its 决算 tables and the other template sections as attachments, outside the desk. */
    private static final String RULES = "profile:hebei-county-2020 required-tables-present warning\n"
            + "profile:national-final-accounts-2024 required-tables-present warning\n"
            + "profile:national-final-accounts-2024 required-sections-present warning\n";

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

    private static int count(String severity) {
        return Integer.parseInt(driver.findElement(By.cssSelector("#finding-counts .c-" + severity + " b")).getText());
    }

    private static void shoot(String name) {
        browser.screenshot(shots.resolve(name + "-desktop.png"), Browser.DESKTOP, 2400);
        browser.screenshot(shots.resolve(name + "-phone.png"), Browser.PHONE, 2400);
        browser.size(Browser.DESKTOP);
    }

    /** The cells of the row of {@code table} whose heading is {@code label}. */
    private static List<String> row(String table, String label) {
        WebElement tr = driver.findElements(By.cssSelector("#" + table + " tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + table + ": "
                        + driver.findElement(By.id(table)).getText()));
        return tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    private static void chartsDrawn() {
        await().withMessage(() -> String.valueOf(browser.js(
                "return Array.from(document.querySelectorAll('[data-chart]')).map(function (el) { return el.id; });")))
                .until(d -> {
                    List<?> charts = (List<?>) browser.js("""
                            return Array.from(document.querySelectorAll('[data-chart]')).map(function (el) {
                              var c = window.echarts && echarts.getInstanceByDom(el); var canvas = el.querySelector('canvas');
                              return !!(c && canvas && canvas.width > 0 && canvas.height > 0); });""");
                    return !charts.isEmpty() && charts.stream().allMatch(Boolean.TRUE::equals);
                });
    }

    /** The tagline of the page's header, which names the kind of disclosure the page is about. */
    private String tagline() {
        return driver.findElement(By.cssSelector("header.site .tagline")).getText();
    }

    /** The descriptor of an open-data zip. */
    private static String dataPackage(byte[] zip) throws java.io.IOException {
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("datapackage.json")) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no datapackage.json in the open-data zip");
    }

    @Test
    void theSeedDepartmentsFinalAccountsGoFromTheDeskToThePortalBesideItsBudget() throws Exception {
        // the preparer starts the 2020 决算 from the published 2020 budget
        signIn("wang", "wang-password-123");
        WebElement budgetRow = driver.findElement(By.cssSelector("tr[data-kind='budget']"));
        assertThat(budgetRow.getText()).contains("2020", "预算", "已公开");
        budgetRow.findElement(By.cssSelector("[data-final-accounts]")).click();
        await().until(d -> d.getCurrentUrl().matches(".*/desk/disclosures/\\d+$"));
        await().until(d -> "true".equals(d.findElement(By.id("editor")).getDomAttribute("data-ready")));
        String url = driver.getCurrentUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("临西县科学技术协会2020年度部门决算信息公开情况说明");
        assertThat(tagline()).as("the desk's header names the 决算").isEqualTo("部门决算公开 · 编制、审核、发布");
        // the budget's 三公 are the 年初预算 the 决算 is measured against; what was spent is blank
        assertThat(new BigDecimal(field("/finalAccounts/threePublic/total/budget").getDomProperty("value")))
                .isEqualByComparingTo("1.1");
        assertThat(new BigDecimal(field("/finalAccounts/threePublic/reception/budget").getDomProperty("value")))
                .isEqualByComparingTo("0.1");
        assertThat(field("/finalAccounts/threePublic/total/outturn").getDomProperty("value")).isEmpty();

        // what was spent, as the preparer enters it
        type("/finalAccounts/threePublic/total/outturn", "1.02");
        type("/finalAccounts/threePublic/abroad/outturn", "0");
        type("/finalAccounts/threePublic/vehicles/outturn", "0.95");
        type("/finalAccounts/threePublic/vehiclePurchase/outturn", "0");
        type("/finalAccounts/threePublic/vehicleRunning/outturn", "0.95");
        type("/finalAccounts/threePublic/reception/outturn", "0.07");
        WebElement outturns = field("/finalAccounts/outturns");
        WebElement add = outturns.findElement(By.xpath("./button[last()]"));
        browser.js("arguments[0].scrollIntoView({block: 'center'});", add);
        add.click();
        type("/finalAccounts/outturns/0/code", "2060199");
        type("/finalAccounts/outturns/0/name", "科学技术支出（类）科学技术管理事务（款）其他科学技术管理事务支出（项）");
        type("/finalAccounts/outturns/0/outturn", "626.40");
        // the wording the budget's glossary borrowed from the province, carried over, is mended
        type("/glossary/0/definition", "指县级财政当年拨付的资金。");
        type("/glossary/6/definition", field("/glossary/6/definition").getDomProperty("value").replace("省级", "县级"));
        await().withMessage(() -> driver.findElement(By.id("finding-list")).getText()).until(d -> count("error") == 0);
        shoot("final-accounts-editor");
        driver.findElement(By.id("save")).click();
        await().until(d -> d.findElement(By.id("save-state")).getText().equals("已保存"));
        while (!driver.findElements(By.cssSelector("#finding-list form.ack-form")).isEmpty()) {
            WebElement form = driver.findElements(By.cssSelector("#finding-list form.ack-form")).get(0);
            String rule = form.findElement(By.xpath("..")).getDomAttribute("data-rule");
            form.findElement(By.tagName("input")).sendKeys("决算表及其他部分另行公开：" + rule);
            int before = driver.findElements(By.cssSelector("#finding-list form.ack-form")).size();
            form.findElement(By.tagName("button")).click();
            await().until(d -> d.findElements(By.cssSelector("#finding-list form.ack-form")).size() < before);
        }
        driver.findElement(By.id("submit")).click();
        await().until(d -> d.findElement(By.id("notice")).getText().contains("已提交审核"));
        open("/desk");
        assertThat(driver.findElement(By.cssSelector("tr[data-kind='final_accounts']")).getText())
                .contains("2020", "决算", "已提交");
        assertThat(driver.findElements(By.cssSelector("[data-final-accounts]"))).as("one 决算 a year").isEmpty();
        shoot("final-accounts-desk-home");
        signOut();

        // the reviewer approves and publishes; the 决算 deadline counts from this approval
        signIn("li", "li-password-1234");
        WebElement queued = driver.findElement(By.cssSelector("#queue-table tr[data-disclosure='" + id + "']"));
        assertThat(queued.getText()).contains("临西县科学技术协会", "2020", "决算", "已提交");
        queued.findElement(By.linkText("审核")).click();
        await().until(ExpectedConditions.urlContains("/review"));
        driver.findElement(By.cssSelector("#approve-form button")).click();
        await().until(d -> !d.findElements(By.id("publish")).isEmpty());
        driver.findElement(By.id("publish")).click();
        await().until(d -> d.findElements(By.id("publish")).isEmpty()
                && d.findElement(By.tagName("main")).getText().contains("已公开"));
        open("/desk/regions/130000?year=2020&kind=final");
        assertThat(driver.findElement(By.id("deadlines")).getText()).contains("临西县科学技术协会", "按时公开");
        assertThat(driver.findElement(By.cssSelector("#deadlines caption")).getText()).contains("决算");
        shoot("final-accounts-dashboard");
        signOut();

        // an anonymous visitor: the department's years, the budget and 决算 of 2020 side by side
        driver.manage().deleteAllCookies();
        open("/departments/130535/306?lang=zh-CN");
        WebElement year = driver.findElement(By.cssSelector("#department-years tr[data-year='2020']"));
        assertThat(year.getText()).contains("2020年度部门预算信息公开情况说明", "2020年度部门决算信息公开情况说明");
        assertThat(year.findElement(By.cssSelector("a.execution")).getText()).isEqualTo("2020年预算与决算");
        shoot("portal-department-years");
        year.findElement(By.cssSelector("a.execution")).click();
        await().until(ExpectedConditions.urlContains("/departments/130535/306/years/2020"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("临西县科学技术协会2020年度预算与决算");
        assertThat(driver.findElement(By.id("pair-budget")).getText()).contains("2020年度部门预算信息公开情况说明");
        assertThat(driver.findElement(By.id("pair-final")).getText()).contains("2020年度部门决算信息公开情况说明");
        // 三公: 预算 (the budget), 决算所列年初预算, 决算, difference, execution rate
        assertThat(row("execution-three-public-table", "“三公”经费合计"))
                .containsExactly("1.10", "1.10", "1.02", "-0.08", "92.7%");
        assertThat(row("execution-three-public-table", "公务接待费")).containsExactly("0.10", "0.10", "0.07", "-0.03", "70.0%");
        assertThat(row("execution-three-public-table", "因公出国(境)费")).containsExactly("0.00", "0.00", "0.00", "0.00", "—");
        // by function class: the seed budget states none and the line entered has no 年初预算, so only the 决算
        // has the class (no column of stated budgets), and no rate is invented
        assertThat(row("execution-functions-table", "206 科学技术支出")).containsExactly("—", "626.40", "—", "—");
        chartsDrawn();
        shoot("portal-execution");

        // the 决算's own page, its PDF as listed
        driver.findElement(By.cssSelector("#pair-final a")).click();
        await().until(ExpectedConditions.urlContains("/disclosures/" + id));
        assertThat(driver.findElement(By.cssSelector("dl.facts")).getText()).contains("决算", "2020");
        assertThat(tagline()).as("the portal's header names the 决算").isEqualTo("部门决算信息公开");
        assertThat(driver.findElement(By.id("execution-link")).getText()).isEqualTo("2020年预算与决算对照");
        assertThat(driver.findElement(By.id("chart-three-public-h")).getText()).isEqualTo("“三公”经费：年初预算与决算");
        chartsDrawn();
        WebElement download = driver.findElement(By.cssSelector("a.download[data-format='pdf']"));
        assertThat(download.getText()).as("named apart from the budget's PDF").isEqualTo("gongkai-2020-306-final-accounts.pdf");
        String href = download.getDomProperty("href");
        String listed = driver.findElement(By.cssSelector("code.sha[data-format='pdf']")).getText();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body()))).isEqualTo(listed);
        shoot("portal-final-accounts");
        // its open data is a package of final accounts, named apart from the budget's
        String openData = driver.findElement(By.cssSelector("a.download[data-format='opendata']")).getDomProperty("href");
        HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(openData)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(dataPackage(zip.body())).containsPattern("\"name\"\\s*:\\s*\"final-accounts-2020(-306)?\"").doesNotContain("\"budget-2020");
        open("/disclosures/" + id + "?lang=en");
        assertThat(tagline()).isEqualTo("Department final accounts disclosures");

        // in English
        open("/departments/130535/306/years/2020?lang=en");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Execution rate", "Outturn", "92.7%");
        chartsDrawn();
        shoot("portal-execution-en");
    }
}
