package org.gongkai.workflow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where two JSON documents differ: each place (a JSON pointer to a leaf, or to a member or item
 * that one side lacks) with its value on either side. Used to tell a stale save what changed, and
 * a reviewer what a new version changed.
 */
public final class JsonDiff {

    /** One changed place; a side that lacks it is null there. Values longer than 200 characters are cut. */
    public record Change(String pointer, String before, String after) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private JsonDiff() {
    }

    /** At most {@code limit} changes, in document order. */
    public static List<Change> changes(String before, String after, int limit) {
        List<Change> out = new ArrayList<>();
        walk(JSON.readTree(before), JSON.readTree(after), "", out, limit);
        return out;
    }

    /** Only the places. */
    static List<String> pointers(String before, String after, int limit) {
        return changes(before, after, limit).stream().map(Change::pointer).toList();
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
