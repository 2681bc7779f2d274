package org.gongkai.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** JSON embedded in a script element: no text of a document reads as markup, and it parses back the same. */
class ScriptJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"收入<img src=x onerror=alert(1)>", "办公费<!--", "</script><script>alert(1)</script>",
        "a & b > c", "-->", "line\u2028separator", "<\\!--"})
    void escapesMarkupAndParsesBackToTheSameText(String label) {
        String json = JSON.writeValueAsString(Map.of("categories", List.of(label)));

        String embedded = ScriptJson.escape(json);

        assertThat(embedded).doesNotContain("<", ">", "&", "\u2028");
        assertThat(JSON.readTree(embedded).get("categories").get(0).asString()).isEqualTo(label);
    }
}
