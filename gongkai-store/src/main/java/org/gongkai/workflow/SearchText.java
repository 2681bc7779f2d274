package org.gongkai.workflow;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Whether a text is found in a canonical document's values: its names (keys) are not what a reader searches. */
final class SearchText {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SearchText() {
    }

    /** Whether {@code needle} (in lower case) occurs in a string or number of {@code json}, ignoring case. */
    static boolean valuesContain(String json, String needle) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(JSON.readTree(json));
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            if (node.isContainer()) {
                node.values().forEach(todo::push);
            } else if (node.isValueNode() && !node.isNull()
                    && node.asString().toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
