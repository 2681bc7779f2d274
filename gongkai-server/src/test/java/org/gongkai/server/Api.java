package org.gongkai.server;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A script's or a browser's view of the API, over real HTTP: keeps cookies like a browser, sends
 * the CSRF header from the XSRF-TOKEN cookie on writes (as the pages do), or a bearer token.
 */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A response: status, headers and body. */
    record Reply(int status, Map<String, String> headers, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(text());
        }

        String header(String name) {
            return headers.get(name.toLowerCase());
        }

        @Override
        public String toString() {
            String text = text();
            return status + " " + (text.length() > 2000 ? text.substring(0, 2000) : text);
        }
    }

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String bearer;
    private boolean csrf = true;

    Api(String base) {
        this(base, true);
    }

    /**
     * Without cookie handling the client sees every Set-Cookie header as sent (a cookie handler hides
     * HttpOnly cookies from the headers, as browsers hide them from scripts).
     */
    Api(String base, boolean keepCookies) {
        this.base = base;
        this.http = keepCookies ? HttpClient.newBuilder().cookieHandler(cookies).build() : HttpClient.newHttpClient();
    }

    /** A client that shares this one's cookies but talks to another server (another node). */
    Api on(String otherBase) {
        Api other = new Api(otherBase);
        for (HttpCookie c : cookies.getCookieStore().getCookies()) {
            HttpCookie copy = (HttpCookie) c.clone();
            other.cookies.getCookieStore().add(URI.create(otherBase), copy);
        }
        return other;
    }

    Api withBearer(String token) {
        this.bearer = token;
        return this;
    }

    /** Replaces a cookie as a page of another origin might plant it (one that is not HttpOnly). */
    Api withCookie(String name, String value) {
        try {
            cookies.put(URI.create(base + "/"), Map.of("Set-Cookie", java.util.List.of(name + "=" + value + "; Path=/")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return this;
    }

    Api withoutCsrf() {
        this.csrf = false;
        return this;
    }

    /** Signs in, then reads the session once as a page would, which hands out the CSRF cookie. */
    Reply login(String username, String password) {
        Reply reply = post("/api/session", Map.of("username", username, "password", password));
        if (reply.status() == 200) {
            get("/api/session");
        }
        return reply;
    }

    Reply get(String path, String... headers) {
        return send("GET", path, (byte[]) null, null, headers);
    }

    Reply delete(String path) {
        return send("DELETE", path, (byte[]) null, null);
    }

    Reply post(String path, Object body, String... headers) {
        return send("POST", path, body == null ? null : JSON.writeValueAsString(body), "application/json", headers);
    }

    Reply postJson(String path, String json, String... headers) {
        return send("POST", path, json, "application/json", headers);
    }

    Reply put(String path, String json, String... headers) {
        return send("PUT", path, json, "application/json", headers);
    }

    Reply upload(String path, String fileName, byte[] content) {
        String boundary = "gongkai" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send("POST", path, body, "multipart/form-data; boundary=" + boundary);
    }

    Reply send(String method, String path, String body, String type, String... headers) {
        return send(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), type, headers);
    }

    Reply send(String method, String path, byte[] body, String type, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        if (csrf && !method.equals("GET")) {
            xsrf().ifPresent(t -> b.header("X-XSRF-TOKEN", t));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> h = new LinkedHashMap<>();
            r.headers().map().forEach((k, v) -> h.merge(k.toLowerCase(), String.join(", ", v), (x, y) -> x + ", " + y));
            return new Reply(r.statusCode(), h, r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Optional<String> xsrf() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst();
    }

    Optional<String> session() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("GONGKAI_SESSION"))
                .map(HttpCookie::getValue).findFirst();
    }
}
