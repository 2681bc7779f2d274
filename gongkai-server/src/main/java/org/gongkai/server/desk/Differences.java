package org.gongkai.server.desk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What changed between two versions of a disclosure: each place (JSON pointer) with its old and new value. */
final class Differences {

    /** One changed place; a value absent on one side is null there. */
    record Change(String pointer, String before, String after) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Differences() {
    }

    static List<Change> between(String before, String after, int limit) {
        List<Change> out = new ArrayList<>();
        walk(JSON.readTree(before), JSON.readTree(after), "", out, limit);
        return out;
    }

    private static void walk(JsonNode a, JsonNode b, String at, List<Change> out, int limit) {
        if (out.size() >= limit || (a != null && a.equals(b))) {
            return;
        }
        if (a != null && b != null && a.isObject() && b.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            a.propertyNames().forEach(names::add);
            b.propertyNames().forEach(names::add);
            for (String name : names) {
                walk(a.get(name), b.get(name), at + "/" + name.replace("~", "~0").replace("/", "~1"), out, limit);
            }
        } else if (a != null && b != null && a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                walk(i < a.size() ? a.get(i) : null, i < b.size() ? b.get(i) : null, at + "/" + i, out, limit);
            }
        } else {
            out.add(new Change(at.isEmpty() ? "/" : at, text(a), text(b)));
        }
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        String s = n.isValueNode() ? n.asString() : n.toString();
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
