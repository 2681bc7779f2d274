package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gongkai.testing.Documents;
import org.junit.jupiter.api.Test;

/**
 * Two server processes' worth of application on one PostgreSQL, as behind a load balancer: a
 * sign-in on one node is a sign-in on the other, a save on one is read on the other, and a stale
 * save through the other is refused. Nothing that matters lives in a node's memory.
 */
class TwoNodesIT {

    @Test
    void aLoginAndASaveOnOneNodeAreSeenOnTheOther() throws Exception {
        String url = Servers.freshPostgres();
        try (Servers.Server first = Servers.postgres(url);
                Servers.Server second = Servers.start(Servers.temporaryFolder(), url, List.of())) {
            assertThat(second.data().resolve("admin-password.txt")).as("only the first start creates the administrator")
                    .doesNotExist();
            Api adminOnFirst = new Api(first.base());
            WorkflowScenario.expect(adminOnFirst.login("admin", first.adminPassword()), 200);
            WorkflowScenario.expect(adminOnFirst.post("/api/regions",
                    Map.of("level", "province", "name", "上海市", "code", "310000")), 201);
            WorkflowScenario.expect(adminOnFirst.post("/api/departments",
                    Map.of("region", "310000", "code", "czj", "name", "上海市财政局")), 201);
            WorkflowScenario.expect(adminOnFirst.post("/api/users", Map.of("username", "wang", "role", "preparer",
                    "departments", List.of("310000/czj"), "password", "wang-password-123")), 201);

            Api onFirst = new Api(first.base());
            WorkflowScenario.expect(onFirst.login("wang", "wang-password-123"), 200);
            Api onSecond = onFirst.on(second.base());
            assertThat(onSecond.get("/api/session").json().get("username").asString())
                    .as("the session made on the first node is known to the second").isEqualTo("wang");

            var created = onFirst.postJson("/api/disclosures?department=310000/czj", WorkflowScenario.json(Documents.CZJ));
            WorkflowScenario.expect(created, 201);
            long id = created.json().at("/disclosure/id").asLong();
            String tag = onSecond.get("/api/disclosures/" + id + "/document").header("etag");
            WorkflowScenario.expect(onFirst.put("/api/disclosures/" + id + "/document",
                    WorkflowScenario.json(Documents.edit(Documents.CZJ, "/otherMatters = 第一节点保存")), "If-Match", tag), 200);
            assertThat(onSecond.get("/api/disclosures/" + id + "/document").text()).contains("第一节点保存");
            WorkflowScenario.expect(onSecond.put("/api/disclosures/" + id + "/document",
                    WorkflowScenario.json(Documents.edit(Documents.CZJ, "/otherMatters = 第二节点保存")), "If-Match", tag), 412);

            WorkflowScenario.expect(onSecond.delete("/api/session"), 204);
            assertThat(onFirst.get("/api/session").status()).as("signed out on the second, out on the first too")
                    .isEqualTo(401);
            assertThat(new Api(second.base()).get("/api/audit/verify").json().get("intact").asBoolean()).isTrue();
        }
    }
}
