package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.gongkai.testing.Documents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What costs the server most is refused before it costs: uploads of callers not signed in or not
 * allowed for the department are not read, and validation, previews and imports are limited per
 * account and per address by the settings, answered 429 with Retry-After and a problem body.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CostlyRequestsIT {

    Servers.Server server;
    Api admin;
    Api own;
    long draft;

    @BeforeAll
    void setUp() throws Exception {
        server = Servers.start(Servers.temporaryFolder(), null, List.of(
                "--gongkai.limits.validate.per-address=4", "--gongkai.limits.validate.per-account=2",
                "--gongkai.limits.preview.per-account=2", "--gongkai.limits.preview.per-address=100"));
        admin = new Api(server.base());
        WorkflowScenario.expect(admin.login("admin", server.adminPassword()), 200);
        admin.post("/api/regions", Map.of("level", "province", "name", "上海市", "code", "310000"));
        admin.post("/api/departments", Map.of("region", "310000", "code", "czj", "name", "上海市财政局"));
        admin.post("/api/departments", Map.of("region", "310000", "code", "wl", "name", "万里街道办事处"));
        WorkflowScenario.expect(admin.post("/api/users", Map.of("username", "own", "role", "preparer",
                "password", "own-password-123", "departments", List.of("310000/czj"))), 201);
        own = new Api(server.base());
        WorkflowScenario.expect(own.login("own", "own-password-123"), 200);
        var created = own.postJson("/api/disclosures?department=310000/czj", WorkflowScenario.json(Documents.CZJ));
        WorkflowScenario.expect(created, 201);
        draft = created.json().at("/disclosure/id").asLong();
    }

    @AfterAll
    void tearDown() {
        server.close();
    }

    @Test
    void anUploadWithAForgedSessionIsRefusedAsUnsignedBeforeItIsParsed() {
        Api forged = new Api(server.base()).withCookie(org.gongkai.server.security.TokenAuthentication.COOKIE, "gks_forged");
        Api.Reply refused = forged.upload("/api/disclosures/import?department=310000/czj", "budget.pdf",
                "%PDF-1.7 not a PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/unauthenticated");
    }

    @Test
    void anUploadForAnotherDepartmentIsRefusedBeforeTheFileIsRead() {
        // a file that would be refused as unreadable, were it read
        Api.Reply refused = own.upload("/api/disclosures/import?department=310000/wl", "budget.pdf",
                "%PDF-1.7 not a PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/forbidden");
    }

    @Test
    void validationIsLimitedPerAccountAndPerAddress() throws InterruptedException {
        freshWindow();
        Api signedIn = new Api(server.base());
        WorkflowScenario.expect(signedIn.login("own", "own-password-123"), 200);
        String body = WorkflowScenario.json(Documents.CZJ);
        assertThat(signedIn.postJson("/api/validate", body).status()).isEqualTo(200);
        assertThat(signedIn.postJson("/api/validate", body).status()).isEqualTo(200);
        tooMany(signedIn.postJson("/api/validate", body), "validate");
        // the address has had 3 of its 4: one more for anyone there, then none
        Api anonymous = new Api(server.base());
        assertThat(anonymous.postJson("/api/validate", body).status()).isEqualTo(200);
        tooMany(anonymous.postJson("/api/validate", body), "validate");
    }

    @Test
    void previewsAreLimitedPerAccount() throws InterruptedException {
        freshWindow();
        String preview = "/api/disclosures/" + draft + "/preview/html";
        Api reviewerOfTheSameAccount = new Api(server.base());
        WorkflowScenario.expect(reviewerOfTheSameAccount.login("own", "own-password-123"), 200);
        // the limit is the account's, whichever session or address it uses
        assertThat(own.get(preview).status()).isEqualTo(200);
        assertThat(reviewerOfTheSameAccount.get(preview).status()).isEqualTo(200);
        tooMany(own.get(preview), "preview");
    }

    /** The limits count in windows of a clock minute: a sequence starts early in one, not across two. */
    private static void freshWindow() throws InterruptedException {
        long intoMinute = System.currentTimeMillis() % 60_000;
        if (intoMinute > 40_000) {
            Thread.sleep(60_000 - intoMinute + 100);
        }
    }

    private static void tooMany(Api.Reply reply, String kind) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(429);
        assertThat(Long.parseLong(reply.header("retry-after"))).isBetween(1L, 60L);
        assertThat(reply.header("content-type")).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).isEqualTo("/problems/too-many-requests");
        assertThat(reply.json().get("status").asInt()).isEqualTo(429);
        assertThat(reply.json().get("detail").asString()).contains(kind);
    }
}
