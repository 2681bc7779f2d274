package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every desk page over HTTP in both languages, as each kind of person: it answers, has one h1 and
 * the page's language, and no message key is left untranslated. Who is not signed in is sent to
 * the sign-in page and back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskPagesIT {

    Servers.Server server;
    Api admin;
    Api preparer;
    Api reviewer;

    @BeforeAll
    void start() throws Exception {
        server = Servers.h2();
        admin = new Api(server.base());
        WorkflowScenario.expect(admin.login("admin", server.adminPassword()), 200);
        WorkflowScenario.expect(admin.post("/api/users", Map.of("username", "wang", "role", "preparer",
                "departments", List.of("130535/306"), "password", "wang-password-123")), 201);
        WorkflowScenario.expect(admin.post("/api/users", Map.of("username", "li", "role", "reviewer",
                "region", "130000", "password", "li-password-1234")), 201);
        preparer = new Api(server.base());
        WorkflowScenario.expect(preparer.login("wang", "wang-password-123"), 200);
        reviewer = new Api(server.base());
        WorkflowScenario.expect(reviewer.login("li", "li-password-1234"), 200);
        WorkflowScenario.expect(preparer.post("/api/disclosures/1/next-year", null), 201);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private static void wellFormed(Api.Reply page, String lang) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        String html = page.text();
        assertThat(html).contains("<html lang=\"" + lang + "\"");
        assertThat(html.split("<h1", -1)).as("one h1").hasSize(2);
        assertThat(html).as("every message key resolved").doesNotContain("??");
        assertThat(html).contains("<main id=\"main\"", "class=\"skip\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void everyPageInBothLanguages(String lang) {
        String q = "?lang=" + lang;
        for (String path : List.of("/desk", "/desk/disclosures/2", "/desk/disclosures/2/review",
                "/desk/disclosures/1/review", "/desk/regions/130000?year=2021&lang=" + lang, "/desk/admin")) {
            wellFormed(admin.get(path.contains("?") ? path : path + q), lang);
        }
        wellFormed(preparer.get("/desk" + q), lang);
        wellFormed(preparer.get("/desk/disclosures/2" + q), lang);
        wellFormed(reviewer.get("/desk" + q), lang);
        wellFormed(reviewer.get("/desk/disclosures/2/review" + q), lang);
        wellFormed(new Api(server.base()).get("/desk/login" + q), lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/desk", "/desk/disclosures/2", "/desk/admin"})
    void whoIsNotSignedInIsSentToSignIn(String path) {
        Api.Reply reply = new Api(server.base()).get(path);
        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.header("location")).contains("/desk/login?next=");
    }

    @org.junit.jupiter.api.Test
    void aPreparerSeesOnlyTheirDepartmentsAndNoAdministration() {
        assertThat(preparer.get("/desk").text()).contains("临西县科学技术协会", "2021", "2020");
        assertThat(preparer.get("/desk/admin").status()).isEqualTo(403);
        assertThat(reviewer.get("/desk").text()).as("a draft is not in the queue").doesNotContain("queue-table");
    }
}
