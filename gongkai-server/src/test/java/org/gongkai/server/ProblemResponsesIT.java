package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Every refusal is the project's problem+json with type, title and status, whoever refuses: a
 * controller, the security firewall or the container; redirects never carry the Host header a
 * client sent. Requests are written on a socket, as a client that does not follow the rules would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemResponsesIT {

    Servers.Server server;
    int port;

    @BeforeAll
    void setUp() {
        server = Servers.h2();
        port = URI.create(server.base()).getPort();
    }

    @AfterAll
    void tearDown() {
        server.close();
    }

    /** A raw response: status line, headers, body. */
    record Raw(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    Raw send(String requestLine, String... headers) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\n");
            boolean host = false;
            for (String h : headers) {
                request.append(h).append("\r\n");
                host |= h.regionMatches(true, 0, "Host:", 0, 5);
            }
            if (!host) {
                request.append("Host: localhost:").append(port).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            if (String.valueOf(new Raw(0, head, "").header("Transfer-Encoding")).equalsIgnoreCase("chunked")) {
                body = unchunk(body);
            }
            return new Raw(Integer.parseInt(head.split(" ")[1]), head, body);
        }
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int end = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, end).strip(), 16);
            if (size == 0) {
                break;
            }
            // sizes count bytes; the bodies here are ASCII
            out.append(body, end + 2, end + 2 + size);
            at = end + 2 + size + 2;
        }
        return out.toString();
    }

    private static void assertProblem(Raw raw, int status, String what) {
        assertThat(raw.status()).as(what + ": " + raw.head() + "\n" + raw.body()).isEqualTo(status);
        assertThat(raw.header("Content-Type")).as(what + ": " + raw.body()).startsWith("application/problem+json");
        JsonNode json = Api.JSON.readTree(raw.body());
        assertThat(json.get("type").asString()).as(what).startsWith("/problems/");
        assertThat(json.get("title").asString()).as(what).isNotBlank();
        assertThat(json.get("status").asInt()).as(what).isEqualTo(status);
        assertThat(raw.body()).as(what).doesNotContain("Tomcat", "Exception", "<html");
    }

    @Test
    void theFirewallsRefusalsAreProblems() throws Exception {
        for (String path : List.of("/api/disclosures;jsessionid=1", "/api/%2e%2e/audit", "/api/disclosures%2F1",
                "/api//disclosures", "/api/disclosures/%25")) {
            assertProblem(send("GET " + path + " HTTP/1.1"), 400, path);
        }
    }

    @Test
    void theContainersRefusalsAreProblems() throws Exception {
        assertProblem(send("GET /api/disclosures/%zz HTTP/1.1"), 400, "bad percent encoding");
        assertProblem(send("GET /api/../../etc/passwd HTTP/1.1"), 400, "a path above the root");
        assertProblem(send("GET /api/disclosures HTTP/1.1", "X-Big: " + "a".repeat(20_000)), 400, "a header too large");
    }

    @Test
    void everyClientErrorOfTheApiHasTypeTitleAndStatus() throws Exception {
        Api anonymous = new Api(server.base());
        List<String> wrong = new ArrayList<>();
        Map<Api.Reply, String> replies = new java.util.LinkedHashMap<>();
        replies.put(anonymous.get("/api/nothing-here"), "unknown path");
        replies.put(anonymous.get("/api/disclosures/abc"), "id not a number");
        replies.put(anonymous.get("/api/disclosures?year=next"), "year not a number");
        replies.put(anonymous.send("DELETE", "/api/regions", (String) null, null), "method not allowed");
        replies.put(anonymous.send("PATCH", "/api/validate", "x", "text/plain"), "method and type");
        replies.put(anonymous.send("POST", "/api/validate", "x", "text/plain"), "media type");
        replies.put(anonymous.send("POST", "/api/validate", "{", "application/json"), "broken JSON");
        replies.put(anonymous.get("/api/regions/nowhere/deadlines"), "unknown region");
        replies.put(anonymous.get("/api/audit"), "unauthenticated");
        replies.put(anonymous.get("/api/disclosures/1/files/exe"), "unknown format");
        replies.put(anonymous.get("/actuator/metrics"), "actuator");
        replies.put(anonymous.get("/actuator/nothing"), "unknown actuator path");
        replies.forEach((reply, what) -> {
            if (reply.status() < 400 || reply.status() >= 500) {
                wrong.add(what + ": " + reply);
                return;
            }
            if (!String.valueOf(reply.header("content-type")).startsWith("application/problem+json")) {
                wrong.add(what + ": not problem+json: " + reply);
                return;
            }
            JsonNode json = reply.json();
            if (json.get("type") == null || json.get("title") == null || json.get("status") == null
                    || json.get("status").asInt() != reply.status()) {
                wrong.add(what + ": " + reply);
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void aRedirectNeverCarriesTheHostTheClientSent() throws Exception {
        for (String path : List.of("/desk/admin", "/desk")) {
            Raw raw = send("GET " + path + " HTTP/1.1", "Host: evil.example", "X-Forwarded-Host: evil.example");
            assertThat(raw.status()).as(path + " " + raw.head()).isBetween(300, 399);
            assertThat(raw.header("Location")).as(path).isNotNull().doesNotContain("evil.example").startsWith("/");
        }
    }
}
