package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gongkai.testing.Documents;
import org.gongkai.testing.Examples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Who may do what, walked as a matrix: six kinds of caller (the public, the department's preparer,
 * another department's preparer, the region's reviewer, another region's reviewer, the
 * administrator) against every kind of endpoint, each cell the status the caller must get. Also the
 * login throttle, CSRF, API tokens, request size limits, concurrent saves and a failed import.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixIT {

    /** The server under test: H2 here, PostgreSQL in the subclass. */
    Servers.Server start() {
        return Servers.h2();
    }

    Servers.Server server;
    Api admin;
    Map<String, Api> callers = new LinkedHashMap<>();
    long draft;
    long published;

    @BeforeAll
    void setUp() throws Exception {
        server = start();
        admin = new Api(server.base());
        WorkflowScenario.expect(admin.login("admin", server.adminPassword()), 200);
        admin.post("/api/regions", Map.of("level", "province", "name", "上海市", "code", "310000"));
        admin.post("/api/regions", Map.of("parent", "310000", "level", "county", "name", "普陀区", "code", "310107"));
        admin.post("/api/regions", Map.of("level", "province", "name", "广东省", "code", "440000"));
        admin.post("/api/departments", Map.of("region", "310000", "code", "czj", "name", "上海市财政局"));
        admin.post("/api/departments", Map.of("region", "310107", "code", "wl", "name", "万里街道办事处"));
        user("own", "preparer", null, List.of("310000/czj"));
        user("other", "preparer", null, List.of("310107/wl"));
        user("reviewer", "reviewer", "310000", List.of());
        user("stranger", "reviewer", "440000", List.of());
        callers.put("public", new Api(server.base()));
        for (String name : List.of("own", "other", "reviewer", "stranger")) {
            Api api = new Api(server.base());
            WorkflowScenario.expect(api.login(name, name + "-password-123"), 200);
            callers.put(name, api);
        }
        callers.put("admin", admin);
        var created = callers.get("own").postJson("/api/disclosures?department=310000/czj",
                WorkflowScenario.json(Documents.CZJ));
        WorkflowScenario.expect(created, 201);
        draft = created.json().at("/disclosure/id").asLong();
        published = WorkflowScenario.disclosureOf(callers.get("public").get("/api/disclosures").json(),
                WorkflowScenario.SEED_DEPARTMENT, 2020).get("id").asLong();
        assertThat(published).isNotEqualTo(draft);
    }

    void user(String name, String role, String region, List<String> departments) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("username", name, "role", role,
                "password", name + "-password-123", "departments", departments));
        if (region != null) {
            body.put("region", region);
        }
        WorkflowScenario.expect(admin.post("/api/users", body), 201);
    }

    @AfterAll
    void tearDown() {
        server.close();
    }

    /** One endpoint and the status each caller gets: public, own, other, reviewer, stranger, admin. */
    record Cell(String method, String path, String body, int... statuses) {
    }

    @Test
    void everyRoleGetsExactlyWhatItMayHave() {
        String d = "/api/disclosures/" + draft;
        String p = "/api/disclosures/" + published;
        String czj = WorkflowScenario.json(Documents.CZJ);
        List<Cell> matrix = List.of(
                //                                                    public own other rev  stranger admin
                new Cell("GET", "/api/disclosures", null, 200, 200, 200, 200, 200, 200),
                new Cell("GET", d, null, 404, 200, 404, 200, 404, 200),
                new Cell("GET", d + "/document", null, 404, 200, 404, 200, 404, 200),
                new Cell("GET", d + "/findings", null, 404, 200, 404, 200, 404, 200),
                new Cell("GET", d + "/versions", null, 404, 200, 404, 200, 404, 200),
                new Cell("GET", d + "/events", null, 404, 200, 404, 200, 404, 200),
                new Cell("GET", d + "/acknowledgements", null, 404, 200, 404, 200, 404, 200),
                new Cell("GET", d + "/files", null, 404, 404, 404, 404, 404, 404),
                new Cell("GET", d + "/preview/html", null, 404, 200, 404, 200, 404, 200),
                new Cell("PUT", d + "/document", czj, 401, 428, 404, 403, 404, 428),
                new Cell("POST", d + "/acknowledgements", "[]", 401, 200, 404, 403, 404, 200),
                new Cell("POST", d + "/submit", null, 401, 422, 404, 403, 404, 422),
                new Cell("POST", d + "/return", "{\"comment\":\"x\"}", 401, 403, 404, 409, 404, 409),
                new Cell("POST", d + "/approve", "{}", 401, 403, 404, 409, 404, 409),
                new Cell("POST", d + "/publish", null, 401, 403, 404, 409, 404, 409),
                new Cell("POST", d + "/correct", "{\"changeNote\":\"x\"}", 401, 409, 404, 403, 404, 409),
                new Cell("POST", d + "/next-year", null, 401, 409, 404, 403, 404, 409),
                new Cell("POST", d + "/final-accounts", null, 401, 409, 404, 403, 404, 409),
                new Cell("GET", p, null, 200, 200, 200, 200, 200, 200),
                new Cell("GET", p + "/document", null, 200, 200, 200, 200, 200, 200),
                new Cell("GET", p + "/files", null, 200, 200, 200, 200, 200, 200),
                new Cell("GET", p + "/files/pdf", null, 200, 200, 200, 200, 200, 200),
                new Cell("GET", p + "/events", null, 200, 200, 200, 200, 200, 200),
                new Cell("PUT", p + "/document", czj, 401, 403, 403, 403, 403, 409),
                new Cell("POST", p + "/publish", null, 401, 403, 403, 403, 403, 409),
                new Cell("POST", "/api/disclosures?department=310000/czj", czj, 401, 409, 403, 403, 403, 409),
                new Cell("POST", "/api/validate", czj, 200, 200, 200, 200, 200, 200),
                new Cell("GET", "/api/regions", null, 200, 200, 200, 200, 200, 200),
                new Cell("GET", "/api/regions/310000/deadlines?year=2025", null, 200, 200, 200, 200, 200, 200),
                new Cell("GET", "/api/regions/310000/deadlines?year=2025&kind=final", null, 200, 200, 200, 200, 200, 200),
                new Cell("POST", "/api/regions", "{\"level\":\"city\",\"name\":\"x\",\"code\":\"999\"}",
                        401, 403, 403, 403, 403, 400),
                new Cell("POST", "/api/departments", "{\"region\":\"310000\",\"code\":\"czj\",\"name\":\"x\"}",
                        401, 403, 403, 403, 403, 409),
                new Cell("GET", "/api/users", null, 401, 403, 403, 403, 403, 200),
                new Cell("POST", "/api/users", "{\"username\":\"x\"}", 401, 403, 403, 403, 403, 400),
                new Cell("POST", "/api/tokens", "{}", 401, 201, 201, 201, 201, 201),
                new Cell("GET", "/api/audit", null, 401, 403, 403, 200, 200, 200),
                new Cell("GET", "/api/audit/verify", null, 200, 200, 200, 200, 200, 200),
                new Cell("GET", "/actuator/health", null, 200, 200, 200, 200, 200, 200),
                new Cell("GET", "/actuator/health/readiness", null, 200, 200, 200, 200, 200, 200),
                new Cell("GET", "/actuator/health/liveness", null, 200, 200, 200, 200, 200, 200),
                new Cell("GET", "/actuator/metrics", null, 401, 403, 403, 403, 403, 200),
                new Cell("GET", "/v3/api-docs", null, 200, 200, 200, 200, 200, 200),
                new Cell("GET", "/swagger-ui/index.html", null, 200, 200, 200, 200, 200, 200),
                new Cell("GET", "/desk/admin", null, 302, 403, 403, 403, 403, 200),
                new Cell("GET", "/desk/disclosures/" + draft, null, 302, 200, 404, 200, 404, 200),
                new Cell("GET", "/disclosures/" + draft, null, 404, 404, 404, 404, 404, 404));
        List<String> wrong = new ArrayList<>();
        List<String> names = List.copyOf(callers.keySet());
        for (Cell cell : matrix) {
            for (int i = 0; i < names.size(); i++) {
                Api api = callers.get(names.get(i));
                Api.Reply reply = api.send(cell.method(), cell.path(), cell.body(),
                        cell.body() == null ? null : "application/json");
                if (reply.status() != cell.statuses()[i]) {
                    wrong.add(cell.method() + " " + cell.path() + " as " + names.get(i) + ": " + reply.status()
                            + " instead of " + cell.statuses()[i] + " " + reply.text().substring(0, Math.min(160, reply.text().length())));
                }
                // the API answers refusals with problem+json; pages answer with a page
                if (reply.status() >= 400 && cell.path().startsWith("/api/")) {
                    if (!String.valueOf(reply.header("content-type")).startsWith("application/problem+json")) {
                        wrong.add(cell.method() + " " + cell.path() + " as " + names.get(i) + ": not problem+json");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theDraftNeverShowsThroughSearchForThoseWhoMayNotSeeIt() {
        assertThat(callers.get("public").get("/api/disclosures?q=上海市财政局").json()).isEmpty();
        assertThat(callers.get("other").get("/api/disclosures?q=上海市财政局").json()).isEmpty();
        assertThat(callers.get("stranger").get("/api/disclosures?q=上海市财政局").json()).isEmpty();
        assertThat(callers.get("own").get("/api/disclosures?q=上海市财政局").json()).hasSize(1);
        assertThat(callers.get("reviewer").get("/api/disclosures?q=上海市财政局").json()).hasSize(1);
    }

    @Test
    void aReviewerReadsTheAuditLogOfTheirRegionOnly() {
        List<String> all = subjects(admin.get("/api/audit"));
        assertThat(all).anyMatch(s -> s.startsWith("users/")).anyMatch(s -> s.startsWith("regions/440000"))
                .anyMatch(s -> s.startsWith("departments/"));
        List<String> ours = subjects(callers.get("reviewer").get("/api/audit"));
        assertThat(ours).as("the draft of 310000/czj and the region's own entries").isNotEmpty()
                .anyMatch(s -> s.startsWith("regions/310107"))
                .noneMatch(s -> s.startsWith("users/") || s.startsWith("regions/440000") || s.startsWith("regions/13"));
        List<String> theirs = subjects(callers.get("stranger").get("/api/audit"));
        assertThat(theirs).allMatch(s -> s.startsWith("regions/440000"));
        assertThat(all.size()).isGreaterThan(ours.size() + theirs.size());
    }

    private static List<String> subjects(Api.Reply reply) {
        WorkflowScenario.expect(reply, 200);
        List<String> out = new ArrayList<>();
        reply.json().forEach(e -> out.add(e.get("subject").asString()));
        return out;
    }

    @Test
    void thePublicDeadlineStandingHidesDraftsAndTheirApprovalDates() {
        String path = "/api/regions/310000/deadlines?year=2025";
        Api.Reply outside = callers.get("public").get(path);
        WorkflowScenario.expect(outside, 200);
        assertThat(outside.text()).contains("\"standing\":\"not-published\"").doesNotContain("in-preparation",
                "\"missing\"", "\"disclosureId\":" + draft);
        Api.Reply inside = callers.get("reviewer").get(path);
        assertThat(inside.text()).contains("in-preparation");
    }

    @Test
    void aBrowserWriteWithoutTheCsrfTokenIsRefusedAndAScriptTokenNeedsNone() {
        Api noCsrf = new Api(server.base()).withoutCsrf();
        WorkflowScenario.expect(noCsrf.login("own", "own-password-123"), 200);
        Api.Reply refused = noCsrf.post("/api/tokens", Map.of("name", "script"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/csrf");

        String token = callers.get("own").post("/api/tokens", Map.of("name", "nightly")).json().get("token").asString();
        assertThat(token).startsWith("gkt_");
        Api script = new Api(server.base()).withBearer(token).withoutCsrf();
        assertThat(script.get("/api/session").json().get("username").asString()).isEqualTo("own");
        assertThat(script.get("/api/disclosures/" + draft).status()).isEqualTo(200);
        assertThat(new Api(server.base()).withBearer("gkt_forged").get("/api/disclosures/" + draft).status())
                .isEqualTo(404);
    }

    @Test
    void anAuthorizationHeaderOtherThanBearerDoesNotSkipTheCsrfCheck() {
        Api noCsrf = new Api(server.base()).withoutCsrf();
        WorkflowScenario.expect(noCsrf.login("own", "own-password-123"), 200);
        for (String authorization : List.of("Basic b3duOm93bi1wYXNzd29yZC0xMjM=", "Negotiate YIIBhgYGKwYBBQUCoII=")) {
            Api.Reply refused = noCsrf.post("/api/tokens", Map.of("name", "script"), "Authorization", authorization);
            assertThat(refused.status()).as(authorization).isEqualTo(403);
            assertThat(refused.json().get("type").asString()).isEqualTo("/problems/csrf");
        }
    }

    @Test
    void theCsrfTokenIsBoundToTheSession() {
        Api browser = new Api(server.base()).withoutCsrf();
        WorkflowScenario.expect(browser.login("own", "own-password-123"), 200);
        Api other = new Api(server.base());
        WorkflowScenario.expect(other.login("reviewer", "reviewer-password-123"), 200);
        String othersToken = other.xsrf().orElseThrow();

        for (String token : List.of("planted-by-a-sibling-domain", othersToken)) {
            Api.Reply refused = browser.withCookie("XSRF-TOKEN", token)
                    .post("/api/tokens", Map.of("name", "script"), "X-XSRF-TOKEN", token);
            assertThat(refused.status()).as(token).isEqualTo(403);
            assertThat(refused.json().get("type").asString()).isEqualTo("/problems/csrf");
        }
        browser.get("/api/session");
        String own = browser.xsrf().orElseThrow();
        assertThat(own).isNotEqualTo(othersToken);
        assertThat(browser.post("/api/tokens", Map.of("name", "script"), "X-XSRF-TOKEN", own).status()).isEqualTo(201);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndEndsAtSignOut() {
        Api.Reply raw = new Api(server.base(), false).post("/api/session",
                Map.of("username", "reviewer", "password", "reviewer-password-123"));
        assertThat(raw.status()).as(raw.toString()).isEqualTo(200);
        assertThat(raw.header("set-cookie")).contains("GONGKAI_SESSION=gks_", "HttpOnly", "SameSite=Lax");
        assertThat(raw.text()).doesNotContain("password", "gks_");
        Api api = new Api(server.base());
        WorkflowScenario.expect(api.login("reviewer", "reviewer-password-123"), 200);
        assertThat(api.get("/api/session").status()).isEqualTo(200);
        assertThat(api.delete("/api/session").status()).isEqualTo(204);
        assertThat(api.get("/api/session").status()).isEqualTo(401);
    }

    @Test
    void repeatedWrongPasswordsAreThrottledEvenWhenTheRightOneFollows() {
        WorkflowScenario.expect(admin.post("/api/users", Map.of("username", "victim", "role", "preparer",
                "password", "victim-password-123")), 201);
        Api attacker = new Api(server.base());
        for (int i = 0; i < 5; i++) {
            assertThat(attacker.login("victim", "guess-" + i).status()).isEqualTo(401);
        }
        Api.Reply throttled = attacker.login("victim", "victim-password-123");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("retry-after")).isNotBlank();
        assertThat(throttled.json().get("type").asString()).isEqualTo("/problems/too-many-attempts");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        String big = "{\"x\":\"" + "a".repeat(6 * 1024 * 1024) + "\"}";
        Api.Reply reply = callers.get("own").postJson("/api/validate", big);
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.json().get("type").asString()).isEqualTo("/problems/too-large");
    }

    @Test
    void twoPeopleSavingTheSameDraftAtOnceLoseNothing() throws Exception {
        WorkflowScenario.expect(admin.post("/api/users", Map.of("username", "own2", "role", "preparer",
                "departments", List.of("310000/czj"), "password", "own2-password-123")), 201);
        Api second = new Api(server.base());
        WorkflowScenario.expect(second.login("own2", "own2-password-123"), 200);
        Api first = callers.get("own");
        String tag = first.get("/api/disclosures/" + draft + "/document").header("etag");
        String a = WorkflowScenario.json(Documents.edit(Documents.CZJ, "/otherMatters = 甲的修改"));
        String b = WorkflowScenario.json(Documents.edit(Documents.CZJ, "/otherMatters = 乙的修改"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Api.Reply>> saves = List.of(
                    () -> first.put("/api/disclosures/" + draft + "/document", a, "If-Match", tag),
                    () -> second.put("/api/disclosures/" + draft + "/document", b, "If-Match", tag));
            List<Integer> statuses = new ArrayList<>();
            String loser = null;
            for (Future<Api.Reply> f : pool.invokeAll(saves)) {
                statuses.add(f.get().status());
                if (f.get().status() == 412) {
                    loser = f.get().text();
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
            assertThat(loser).contains("/otherMatters", "currentEtag");
            String stored = first.get("/api/disclosures/" + draft + "/document").text();
            assertThat(stored.contains("甲的修改") ^ stored.contains("乙的修改")).isTrue();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anUploadedFileStartsADraftAndABadOneLeavesNothing() {
        Api own = callers.get("other");
        byte[] broken = "%PDF-1.7 this is not really a PDF".getBytes(StandardCharsets.US_ASCII);
        Api.Reply bad = own.upload("/api/disclosures/import?department=310107/wl", "budget.pdf", broken);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("type").asString()).isEqualTo("/problems/unusable-input");
        assertThat(bad.text()).contains("budget.pdf");
        assertThat(own.get("/api/disclosures?region=310107").json()).isEmpty();

        byte[] text = Examples.seedText().getBytes(StandardCharsets.UTF_8);
        Api.Reply good = own.upload("/api/disclosures/import?department=310107/wl", "seed.txt", text);
        WorkflowScenario.expect(good, 201);
        assertThat(good.json().at("/disclosure/fiscalYear").asInt()).isEqualTo(2020);
        assertThat(good.json().at("/disclosure/status").asString()).isEqualTo("draft");
        assertThat(own.get("/api/disclosures?region=310107").json()).hasSize(1);
    }
}
