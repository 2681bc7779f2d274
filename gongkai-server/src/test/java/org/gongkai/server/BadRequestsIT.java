package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.testing.Documents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Requests that are wrong, not failures of the server (issue 14, item 8): each is answered with a
 * 4xx problem naming what is wrong, never a 500, and leaves nothing behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadRequestsIT {

    private Servers.Server server;
    private Api admin;
    private Api anonymous;
    private long draft;
    private String czj;

    @BeforeAll
    void setUp() throws Exception {
        server = Servers.h2();
        admin = new Api(server.base());
        WorkflowScenario.expect(admin.login("admin", server.adminPassword()), 200);
        WorkflowScenario.expect(admin.post("/api/regions", Map.of("level", "province", "name", "上海市", "code", "310000")), 201);
        WorkflowScenario.expect(admin.post("/api/departments", Map.of("region", "310000", "code", "czj", "name", "上海市财政局")), 201);
        czj = WorkflowScenario.json(Documents.CZJ);
        var created = admin.postJson("/api/disclosures?department=310000/czj", czj);
        WorkflowScenario.expect(created, 201);
        draft = created.json().at("/disclosure/id").asLong();
        anonymous = new Api(server.base());
    }

    @AfterAll
    void tearDown() {
        if (server != null) {
            server.close();
        }
    }

    private static void assertRefused(Api.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("content-type")).startsWith("application/problem+json");
        assertThat(reply.json().path("type").asString()).as(reply.toString()).isEqualTo(type);
    }

    @Test
    void jsonNestedDeeperThanTheLimitIsUnusable() {
        String deep = "[".repeat(2_000) + "]".repeat(2_000);
        assertRefused(anonymous.postJson("/api/validate", deep), 422, "/problems/unusable-input");
        String deepObject = "{\"document\":" + "{\"a\":".repeat(1_500) + "1" + "}".repeat(1_501);
        assertRefused(anonymous.postJson("/api/validate", deepObject), 422, "/problems/unusable-input");
    }

    @Test
    void aNumberOfThousandsOfDigitsIsUnusable() {
        String huge = czj.replaceFirst("\"fiscalYear\"\\s*:\\s*\\d+", "\"fiscalYear\":" + "9".repeat(5_000));
        assertThat(huge).isNotEqualTo(czj);
        assertRefused(anonymous.postJson("/api/validate", huge), 422, "/problems/unusable-input");
    }

    @Test
    void nullWhereAnObjectBelongsIsInvalid() {
        assertRefused(anonymous.postJson("/api/validate", "[null]"), 422, "/problems/unusable-input");
        assertRefused(anonymous.postJson("/api/validate", "null"), 422, "/problems/unusable-input");
        assertRefused(admin.postJson("/api/disclosures/" + draft + "/acknowledgements", "[null]"), 400, "/problems/invalid");
        for (String path : List.of("/api/disclosures/" + draft + "/acknowledgements", "/api/disclosures/" + draft + "/return",
                "/api/regions", "/api/users")) {
            Api.Reply nothing = admin.postJson(path, "null");
            assertThat(nothing.status()).as(nothing.toString()).isEqualTo(400);
            assertThat(nothing.header("content-type")).startsWith("application/problem+json");
        }
    }

    @Test
    void textsLongerThanTheirFieldsAreInvalid() {
        String long5000 = "长".repeat(5_000);
        assertRefused(admin.post("/api/regions", Map.of("level", "province", "name", long5000, "code", "320000")),
                400, "/problems/invalid");
        assertRefused(admin.post("/api/departments", Map.of("region", "310000", "code", "x", "name", long5000)),
                400, "/problems/invalid");
        assertRefused(admin.post("/api/tokens", Map.of("name", long5000)), 400, "/problems/invalid");
        assertRefused(admin.post("/api/disclosures/" + draft + "/acknowledgements",
                List.of(Map.of("rule", "R", "path", "/x", "reason", long5000))), 400, "/problems/invalid");
        assertRefused(admin.post("/api/users", Map.of("username", "longname", "role", "preparer",
                "password", "a-long-password-123", "displayName", long5000, "departments", List.of("310000/czj"))),
                400, "/problems/invalid");
        String longTitle = czj.replaceFirst("\"title\"\\s*:\\s*\"[^\"]*\"", "\"title\":\"" + long5000 + "\"");
        assertThat(longTitle).isNotEqualTo(czj);
        assertRefused(admin.put("/api/disclosures/" + draft + "/document", longTitle, "If-Match",
                admin.get("/api/disclosures/" + draft + "/document").header("etag")), 400, "/problems/invalid");
    }

    @Test
    void aDateOutsideAnyBudgetYearIsUnusable() {
        String absurd = czj.replaceFirst("\"fiscalYear\"\\s*:\\s*(\\d+)", "\"fiscalYear\":$1,\"approvedOn\":\"+999999999-12-31\"");
        assertThat(absurd).isNotEqualTo(czj);
        assertRefused(anonymous.postJson("/api/validate", absurd), 422, "/problems/unusable-input");
        assertRefused(admin.postJson("/api/disclosures?department=310000/czj", absurd), 422, "/problems/unusable-input");
    }

    @Test
    void aDocumentOfAnUnknownProfileIsUnusable() {
        String unknown = czj.replaceFirst("\"profile\"\\s*:\\s*\"[^\"]*\"", "\"profile\":\"no-such-profile\"");
        assertThat(unknown).isNotEqualTo(czj);
        assertRefused(anonymous.postJson("/api/validate", unknown), 422, "/problems/unusable-input");
        assertRefused(admin.put("/api/disclosures/" + draft + "/document", unknown, "If-Match",
                admin.get("/api/disclosures/" + draft + "/document").header("etag")), 422, "/problems/unusable-input");
    }

    @Test
    void uploadNamesThatAreNoFileNamesLeaveNothingBehind() throws IOException {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = uploads(temp);
        for (String name : List.of("..", ".", "", "a\u0000b.yaml", "../../etc/passwd", "..\\..\\x.yaml")) {
            Api.Reply reply = admin.upload("/api/disclosures/import?department=310000/czj", name, "x".getBytes());
            assertThat(reply.status()).as(name + ": " + reply).isBetween(400, 499);
            assertThat(reply.header("content-type")).startsWith("application/problem+json");
            assertThat(reply.text()).doesNotContain(temp.toString());
        }
        assertThat(uploads(temp)).as("upload folders left behind").isEqualTo(before);
    }

    @Test
    void anonymousWritesAreRefusedBeforeTheirBodiesAreRead() {
        assertRefused(anonymous.postJson("/api/disclosures?department=310000/czj", "not json at all"), 401,
                "/problems/unauthenticated");
        assertRefused(anonymous.postJson("/api/disclosures/" + draft + "/acknowledgements", "[null]"), 401,
                "/problems/unauthenticated");
        assertRefused(anonymous.upload("/api/disclosures/import?department=310000/czj", "budget.pdf",
                HOSTILE_PDF.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)), 401, "/problems/unauthenticated");
        assertRefused(anonymous.post("/api/regions", Map.of("level", "nonsense")), 401, "/problems/unauthenticated");
    }

    @Test
    void aChunkedBodyOverTheLimitIsTooLarge() throws Exception {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) ' ');
        java.io.InputStream endless = new java.io.SequenceInputStream(java.util.Collections.enumeration(
                java.util.Collections.nCopies(160, chunk).stream().map(java.io.ByteArrayInputStream::new).toList()));
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(server.base() + "/api/validate"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> endless)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.body()).contains("/problems/too-large");
    }

    /** 2,147,483,647 pages claimed by a file of a few hundred bytes (issue 14, item 1). */
    static final String HOSTILE_PDF = hostilePdf();

    private static String hostilePdf() {
        String[] objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.7\n");
        List<Integer> offsets = new java.util.ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 4\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
        return pdf.append("trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n").toString();
    }

    @Test
    void aHostilePdfUploadIsRefusedWithinSecondsAndTheServerKeepsAnswering() {
        long start = System.nanoTime();
        Api.Reply reply = admin.upload("/api/disclosures/import?department=310000/czj", "budget.pdf",
                HOSTILE_PDF.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertRefused(reply, 422, "/problems/unusable-input");
        assertThat(reply.text()).contains("budget.pdf", "more than the limit of 2000");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(10));
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
    }

    private static long uploads(Path temp) throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("gongkai-upload")).count();
        }
    }
}
