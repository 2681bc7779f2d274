package org.gongkai.workflow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The JSON pointers at which two JSON documents differ (leaves and added or removed members). */
final class JsonDiff {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private JsonDiff() {
    }

    static List<String> pointers(String before, String after, int limit) {
        List<String> out = new ArrayList<>();
        walk(JSON.readTree(before), JSON.readTree(after), "", out, limit);
        return out;
    }

    private static void walk(JsonNode a, JsonNode b, String at, List<String> out, int limit) {
        if (out.size() >= limit || a.equals(b)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            a.propertyNames().forEach(names::add);
            b.propertyNames().forEach(names::add);
            for (String name : names) {
                String child = at + "/" + name.replace("~", "~0").replace("/", "~1");
                JsonNode x = a.get(name);
                JsonNode y = b.get(name);
                if (x == null || y == null) {
                    if (out.size() < limit) {
                        out.add(child);
                    }
                } else {
                    walk(x, y, child, out, limit);
                }
            }
        } else if (a.isArray() && b.isArray()) {
            int n = Math.max(a.size(), b.size());
            for (int i = 0; i < n; i++) {
                if (i >= a.size() || i >= b.size()) {
                    if (out.size() < limit) {
                        out.add(at + "/" + i);
                    }
                } else {
                    walk(a.get(i), b.get(i), at + "/" + i, out, limit);
                }
            }
        } else {
            out.add(at.isEmpty() ? "/" : at);
        }
    }

}
