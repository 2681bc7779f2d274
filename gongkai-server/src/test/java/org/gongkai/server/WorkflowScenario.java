package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.testing.Documents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The whole story over HTTP, as a script would run it: first start (administrator password file,
 * seed published, its PDF's hash), accounts, a draft with findings, warnings acknowledged, submit,
 * return with a comment, fix, a stale save refused, approve, publish, download and verify, correct,
 * next year, the audit chain. Run on H2 and on PostgreSQL by the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WorkflowScenario {

    static final CanonicalCodec CODEC = new CanonicalCodec();
    /** The department of the seed disclosure, 临西县科学技术协会, by its key (REGION/CODE). */
    static final String SEED_DEPARTMENT = "130535/306";

    Servers.Server server;

    abstract Servers.Server start();

    @BeforeAll
    void startServer() {
        server = start();
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    static String json(String yaml) {
        return CODEC.write(CODEC.read(yaml, "test", CanonicalFormat.YAML), CanonicalFormat.JSON);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void firstStartPublishesTheSeedAndLeavesTheAdministratorPasswordToTheOwnerOnly() throws Exception {
        var file = server.data().resolve("admin-password.txt");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(server.adminPassword()).hasSizeGreaterThanOrEqualTo(20);

        Api anyone = new Api(server.base());
        JsonNode list = anyone.get("/api/disclosures").json();
        assertThat(list).hasSize(1);
        JsonNode seed = disclosureOf(list, SEED_DEPARTMENT, 2020);
        assertThat(seed.get("title").asString()).isEqualTo("临西县科学技术协会2020年度部门预算信息公开情况说明");
        assertThat(seed.get("status").asString()).isEqualTo("published");
        long id = seed.get("id").asLong();

        JsonNode files = anyone.get("/api/disclosures/" + id + "/files").json();
        String listed = null;
        for (JsonNode f : files) {
            if (f.get("format").asString().equals("pdf")) {
                listed = f.get("sha256").asString();
            }
        }
        Api.Reply pdf = anyone.get("/api/disclosures/" + id + "/files/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("content-type")).isEqualTo("application/pdf");
        assertThat(new String(pdf.bytes(), 0, 5)).isEqualTo("%PDF-");
        assertThat(sha256(pdf.bytes())).isEqualTo(listed).isEqualTo(pdf.header("x-content-sha256"));

        JsonNode verify = anyone.get("/api/audit/verify").json();
        assertThat(verify.get("intact").asBoolean()).isTrue();
        assertThat(verify.get("entries").asLong()).isGreaterThan(3);

        Api.Reply wrong = anyone.login("admin", "not-the-password");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("content-type")).startsWith("application/problem+json");
        assertThat(wrong.json().get("type").asString()).isEqualTo("/problems/bad-credentials");
    }

    @Test
    void theWholeWorkflowFromDraftToCorrection() throws Exception {
        Api admin = new Api(server.base());
        assertThat(admin.login("admin", server.adminPassword()).status()).isEqualTo(200);
        // 1. the administrator sets up Shanghai, its finance bureau and three people
        expect(admin.post("/api/regions", Map.of("level", "province", "name", "上海市", "code", "310000")), 201);
        expect(admin.post("/api/departments", Map.of("region", "310000", "code", "czj", "name", "上海市财政局",
                "nature", "行政单位")), 201);
        expect(admin.post("/api/users", Map.of("username", "wang.prep", "role", "preparer",
                "departments", List.of("310000/czj"), "password", "preparer-secret-1")), 201);
        expect(admin.post("/api/users", Map.of("username", "li.review", "role", "reviewer", "region", "310000",
                "password", "reviewer-secret-1")), 201);
        expect(admin.post("/api/users", Map.of("username", "bad", "role", "preparer", "password", "short")), 400);

        Api preparer = new Api(server.base());
        expect(preparer.login("wang.prep", "preparer-secret-1"), 200);
        Api reviewer = new Api(server.base());
        expect(reviewer.login("li.review", "reviewer-secret-1"), 200);
        Api anyone = new Api(server.base());

        // 2. a draft as published, with its real errors
        Api.Reply created = preparer.postJson("/api/disclosures?department=310000/czj", json(Documents.CZJ));
        expect(created, 201);
        long id = created.json().at("/disclosure/id").asLong();
        assertThat(created.json().get("errors").asLong()).isPositive();
        assertThat(anyone.get("/api/disclosures/" + id).status()).as("the public never sees a draft").isEqualTo(404);
        assertThat(anyone.get("/api/disclosures?q=上海市财政局").json()).isEmpty();

        Api.Reply blocked = preparer.post("/api/disclosures/" + id + "/submit", null);
        expect(blocked, 422);
        assertThat(blocked.json().get("type").asString()).isEqualTo("/problems/blocked-by-findings");
        assertThat(blocked.json().get("problems").get(0).get("pointer").asString()).startsWith("/");

        // 3. fixed, saved with If-Match; warnings still to acknowledge
        Api.Reply read = preparer.get("/api/disclosures/" + id + "/document");
        String etag = read.header("etag");
        Api.Reply noMatch = preparer.put("/api/disclosures/" + id + "/document", json(Documents.CZJ_CORRECTED));
        expect(noMatch, 428);
        String corrected = json(Documents.edit(Documents.CZJ_CORRECTED,
                "/otherMatters = 本部门无其他需要说明的事项，机关运行费按规定安排。"));
        Api.Reply saved = preparer.put("/api/disclosures/" + id + "/document", corrected, "If-Match", etag);
        expect(saved, 200);
        assertThat(saved.json().get("errors").asLong()).isZero();
        String savedTag = saved.header("etag");
        assertThat(savedTag).isNotEqualTo(etag);

        Api.Reply stale = preparer.put("/api/disclosures/" + id + "/document", json(Documents.CZJ_CORRECTED),
                "If-Match", etag);
        expect(stale, 412);
        assertThat(stale.json().get("type").asString()).isEqualTo("/problems/stale");
        assertThat(stale.json().get("currentEtag").asString()).isEqualTo(savedTag.replace("\"", ""));
        assertThat(stale.json().get("changed").toString()).contains("/otherMatters");

        JsonNode warnings = saved.json().get("findings");
        List<Map<String, String>> answers = new ArrayList<>();
        for (JsonNode f : warnings) {
            if (f.get("severity").asString().equals("warning")) {
                answers.add(Map.of("rule", f.get("rule").asString(), "path", f.get("path").asString(),
                        "reason", "已核实：按财政局口径填列"));
            }
        }
        assertThat(answers).as("the corrected Shanghai budget still has warnings to answer").isNotEmpty();
        Api.Reply unanswered = preparer.post("/api/disclosures/" + id + "/submit", null);
        expect(unanswered, 422);
        assertThat(unanswered.text()).contains("warning not acknowledged");
        expect(preparer.post("/api/disclosures/" + id + "/acknowledgements",
                List.of(Map.of("rule", answers.get(0).get("rule"), "path", answers.get(0).get("path"), "reason", " "))), 400);
        expect(preparer.post("/api/disclosures/" + id + "/acknowledgements", answers), 200);
        assertThat(preparer.get("/api/disclosures/" + id + "/acknowledgements").json()).hasSize(answers.size());
        expect(preparer.post("/api/disclosures/" + id + "/submit", null), 200);

        // 4. under review nothing changes; the reviewer returns it with a comment
        expect(preparer.put("/api/disclosures/" + id + "/document", corrected, "If-Match", savedTag), 409);
        expect(preparer.post("/api/disclosures/" + id + "/approve", Map.of()), 403);
        expect(reviewer.post("/api/disclosures/" + id + "/return", Map.of("comment", "")), 400);
        expect(reviewer.post("/api/disclosures/" + id + "/return", Map.of("comment", "请补充其他事项说明")), 200);
        JsonNode events = preparer.get("/api/disclosures/" + id + "/events").json();
        assertThat(events.toString()).contains("请补充其他事项说明");

        // 5. the preparer fixes and resubmits; the reviewer approves and publishes
        String fixed = json(Documents.edit(Documents.CZJ_CORRECTED,
                "/otherMatters = 本部门无其他需要说明的事项，机关运行费按规定安排，特此说明。"));
        Api.Reply refixed = preparer.put("/api/disclosures/" + id + "/document", fixed, "If-Match", savedTag);
        expect(refixed, 200);
        assertThat(refixed.json().at("/disclosure/status").asString()).isEqualTo("draft");
        expect(preparer.post("/api/disclosures/" + id + "/submit", null), 200);
        expect(reviewer.post("/api/disclosures/" + id + "/approve", Map.of("approvedOn", "2025-02-10")), 200);
        Api.Reply published = reviewer.post("/api/disclosures/" + id + "/publish", null);
        expect(published, 200);
        assertThat(published.json().get("status").asString()).isEqualTo("published");
        assertThat(published.json().get("deadline").asString()).isEqualTo("2025-03-02");

        // 6. the public reads it, downloads it and checks the hash
        assertThat(anyone.get("/api/disclosures?q=上海市财政局").json()).hasSize(1);
        Api.Reply xlsx = anyone.get("/api/disclosures/" + id + "/files/xlsx");
        expect(xlsx, 200);
        assertThat(sha256(xlsx.bytes())).isEqualTo(xlsx.header("x-content-sha256"));
        expect(preparer.put("/api/disclosures/" + id + "/document", fixed,
                "If-Match", anyone.get("/api/disclosures/" + id + "/document").header("etag")), 409);

        // 7. a correction: a new version with a change note; the first stays public
        expect(preparer.post("/api/disclosures/" + id + "/correct", Map.of("changeNote", "")), 400);
        Api.Reply correction = preparer.post("/api/disclosures/" + id + "/correct",
                Map.of("changeNote", "更正：补充其他事项说明的文字"));
        expect(correction, 201);
        assertThat(correction.json().at("/disclosure/version").asInt()).isEqualTo(2);
        assertThat(anyone.get("/api/disclosures/" + id + "/document").header("etag")).startsWith("\"v1-");
        String v2 = preparer.get("/api/disclosures/" + id + "/document").header("etag");
        expect(preparer.put("/api/disclosures/" + id + "/document", json(Documents.edit(Documents.CZJ_CORRECTED,
                "/otherMatters = 本部门无其他需要说明的事项，机关运行费按规定安排（更正）。")), "If-Match", v2), 200);
        expect(preparer.post("/api/disclosures/" + id + "/acknowledgements", answers), 200);
        expect(preparer.post("/api/disclosures/" + id + "/submit", null), 200);
        expect(reviewer.post("/api/disclosures/" + id + "/approve", null), 200);
        expect(reviewer.post("/api/disclosures/" + id + "/publish", null), 200);
        JsonNode history = anyone.get("/api/disclosures/" + id + "/versions").json();
        assertThat(history).hasSize(2);
        assertThat(history.get(1).get("changeNote").asString()).isEqualTo("更正：补充其他事项说明的文字");
        assertThat(anyone.get("/api/disclosures/" + id + "/document").text()).contains("（更正）");
        assertThat(anyone.get("/api/disclosures/" + id + "/document?version=1").text()).doesNotContain("（更正）");
        assertThat(anyone.get("/api/disclosures/" + id + "/files?version=1").status()).isEqualTo(200);

        // 8. next year starts from this year's published figures
        Api.Reply next = preparer.post("/api/disclosures/" + id + "/next-year", null);
        expect(next, 201);
        long nextId = next.json().at("/disclosure/id").asLong();
        assertThat(next.json().at("/disclosure/fiscalYear").asInt()).isEqualTo(2026);
        JsonNode draft = preparer.get("/api/disclosures/" + nextId + "/document").json();
        JsonNode thisYear = anyone.get("/api/disclosures/" + id + "/document").json();
        assertThat(draft.at("/overview/income/total/prior")).isEqualTo(thisYear.at("/overview/income/total/amount"));
        assertThat(draft.at("/overview/income/total/amount").isMissingNode()
                || draft.at("/overview/income/total/amount").isNull()).isTrue();
        expect(preparer.post("/api/disclosures/" + id + "/next-year", null), 409);

        // 9. deadlines of the region, and the audit chain
        JsonNode standing = anyone.get("/api/regions/310000/deadlines?year=2025").json();
        assertThat(standing.get(0).get("standing").asString()).isEqualTo("published-late");
        JsonNode audit = admin.get("/api/audit").json();
        assertThat(audit.toString()).contains("submit", "return", "approve", "publish", "correct", "acknowledge");
        assertThat(anyone.get("/api/audit").status()).isEqualTo(401);
        assertThat(anyone.get("/api/audit/verify").json().get("intact").asBoolean()).isTrue();
    }

    /** The disclosure of the department's year in a list of disclosures (the API's JSON), found by name. */
    static JsonNode disclosureOf(JsonNode list, String departmentKey, int year) {
        for (JsonNode d : list) {
            if (d.at("/department/key").asString().equals(departmentKey) && d.get("fiscalYear").asInt() == year) {
                return d;
            }
        }
        throw new AssertionError("no disclosure of " + departmentKey + " for " + year + " in " + list);
    }

    static void expect(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        if (status >= 400) {
            assertThat(reply.header("content-type")).as(reply.toString()).startsWith("application/problem+json");
        }
    }
}
