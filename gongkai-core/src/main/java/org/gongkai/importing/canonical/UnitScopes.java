package org.gongkai.importing.canonical;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.model.MoneyUnit;
import tools.jackson.databind.JsonNode;

/**
 * Which unit a bare number means at each place of a canonical file: the unit declared by the
 * nearest enclosing object with a {@code unit} field (a table, the document). The document's
 * {@code /document/unit} covers the whole file.
 */
final class UnitScopes {

    static final String ATTRIBUTE = UnitScopes.class.getName();

    private final TreeMap<String, MoneyUnit> byPrefix = new TreeMap<>();

    private UnitScopes() {}

    /** The scopes declared in a parsed file; declarations that are not units are left to the schema. */
    static UnitScopes of(JsonNode root) {
        UnitScopes scopes = new UnitScopes();
        JsonNode docUnit = root.path("document").path("unit");
        if (docUnit.isString()) {
            MoneyUnit.fromSymbol(docUnit.asString()).ifPresent(u -> scopes.byPrefix.put("", u));
        }
        scopes.collect(root, "");
        return scopes;
    }

    /** Scopes for writing: derived from the tree the writer produced. */
    static UnitScopes ofWritten(JsonNode root) {
        return of(root);
    }

    private void collect(JsonNode node, String pointer) {
        if (node.isObject()) {
            JsonNode unit = node.get("unit");
            if (unit != null && unit.isString() && !pointer.equals("/document")) {
                MoneyUnit.fromSymbol(unit.asString()).ifPresent(u -> byPrefix.put(pointer, u));
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                collect(e.getValue(), pointer + "/" + escape(e.getKey()));
            }
        } else if (node.isArray()) {
            int i = 0;
            for (Iterator<JsonNode> it = node.iterator(); it.hasNext(); i++) {
                collect(it.next(), pointer + "/" + i);
            }
        }
    }

    /** The unit in force at a pointer, or empty when the file declares none there. */
    java.util.Optional<MoneyUnit> at(String pointer) {
        String p = pointer;
        while (true) {
            MoneyUnit u = byPrefix.get(p);
            if (u != null) {
                return java.util.Optional.of(u);
            }
            if (p.isEmpty()) {
                return java.util.Optional.empty();
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
