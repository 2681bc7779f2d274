package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every portal page over plain HTTP: 200 in Chinese and in English, 404 for what is not there or not public. */
class PortalPagesIT {

    private static Servers.Server server;
    private static PortalData data;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = Servers.h2();
        data = PortalData.load(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<String> pages() {
        return List.of("/", "/regions/130000", "/regions/130535?year=2020", "/departments/130535/306",
                "/disclosures/{seed}", "/disclosures/{next}", "/compare", "/compare?department=130535/306",
                "/compare?department=130535/306&a=2020&b=2021", "/compare?a={seed}&b={next}", "/search",
                "/search?q=%E7%A7%91%E6%8A%80&year=2020&region=130535", "/departments/130535/306/years/2020",
                "/departments/130535/306/years/2021", "/compare?department=130535/306&kind=final",
                "/regions/130535?year=2020&kind=final");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        String p = path.replace("{seed}", String.valueOf(data.seed)).replace("{next}", String.valueOf(data.next))
                .replace("{draft}", String.valueOf(data.draft));
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + p)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String withLang(String path, String lang) {
        return path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
    }

    @ParameterizedTest
    @MethodSource("pages")
    void answersInChinese(String path) throws Exception {
        HttpResponse<String> r = get(withLang(path, "zh-CN"));
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("<html lang=\"zh-CN\"", "预决算公开平台").containsOnlyOnce("<h1");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void answersInEnglish(String path) throws Exception {
        HttpResponse<String> r = get(withLang(path, "en"));
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.body()).contains("<html lang=\"en\"", "Budget Disclosure Portal").containsOnlyOnce("<h1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/disclosures/987654", "/disclosures/{draft}", "/disclosures/not-a-number",
            "/regions/999999", "/departments/130535/nobody", "/compare?department=130535/nobody",
            "/departments/130535/306/years/1999", "/departments/130535/306/years/2022"})
    void isNotFoundForWhatIsNotPublic(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(404);
        assertThat(r.body()).contains("未找到").doesNotContain(PortalData.DRAFT_ONLY_WORD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/departments/130535/306", "/search?q=%E7%A7%91%E6%8A%80", "/regions/130535?year=2022",
            "/departments/130535/306/years/2021"})
    void neverShowsTheDraft(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain(PortalData.DRAFT_ONLY_WORD).doesNotContain("/disclosures/" + data.draft + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/webjars/echarts/dist/echarts.min.js", "/css/portal.css", "/js/portal-charts.js"})
    void servesTheAssets(String path) throws Exception {
        assertThat(get(path).statusCode()).isEqualTo(200);
    }
}
