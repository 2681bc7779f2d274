package org.gongkai.fuzz;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.disclosure.PublishDisclosure;
import org.gongkai.importing.UnusableInputException;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.Disclosure;
import org.gongkai.testing.Examples;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The check and render targets. Random bytes seldom pass the schema, so these targets start from a
 * real disclosure and let the fuzzer's bytes edit it (replace a value with a text, a number, null,
 * a boolean; remove a value; empty a list or object; copy one value over another) before it is read
 * as canonical JSON: most inputs then reach the rules and the renderers, which must check and
 * publish whatever the reader accepted, or the reader must refuse it with its own problem.
 */
final class CheckAndRender {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final PublishDisclosure PUBLISH = new PublishDisclosure(FuzzTargets.CODEC,
            ProfileLibrary.standard()::orNull);
    private static final int MAX_EDITS = 16;

    /** The documents edited: the seed statement and two Shanghai budgets with their tables. */
    private static final List<String> BASES = List.of(
            FuzzTargets.CODEC.write(Examples.seed(), CanonicalFormat.JSON),
            FuzzTargets.CODEC.write(FuzzTargets.CODEC.read(Examples.resource("/shanghai/czj-2025.yaml"),
                    "czj-2025.yaml", CanonicalFormat.YAML), CanonicalFormat.JSON),
            FuzzTargets.CODEC.write(FuzzTargets.CODEC.read(Examples.resource("/shanghai/putuo-wanli-2024.yaml"),
                    "putuo-wanli-2024.yaml", CanonicalFormat.YAML), CanonicalFormat.JSON));

    private CheckAndRender() {}

    static void htmlXlsxOpenData(byte[] data) {
        Disclosure d = readEdited(data);
        if (d != null) {
            FuzzTargets.CATALOG.check(d);
            PUBLISH.html(d);
            PUBLISH.xlsx(d);
            PUBLISH.openData(d);
        }
    }

    static void pdf(byte[] data) {
        Disclosure d = readEdited(data);
        if (d != null) {
            PUBLISH.pdf(d);
        }
    }

    /** The edited document as the reader reads it, or null when the reader refuses it clearly. */
    private static Disclosure readEdited(byte[] data) {
        FuzzBytes choices = new FuzzBytes(data);
        JsonNode document = JSON.readTree(BASES.get(choices.below(BASES.size())));
        for (int i = 0; i < MAX_EDITS && choices.hasMore(); i++) {
            edit(document, choices);
        }
        String name = "edited.json";
        try {
            return FuzzTargets.CODEC.read(JSON.writeValueAsString(document), name, CanonicalFormat.JSON);
        } catch (UnusableInputException refused) {
            FuzzTargets.requireTheFileNamed(refused, Path.of(name));
            return null;
        }
    }

    /** A place in the document: a container and the name or index of one of its values. */
    private record Slot(JsonNode container, String name, int index) {
        JsonNode value() {
            return container.isObject() ? container.get(name) : container.get(index);
        }

        void set(JsonNode value) {
            if (container instanceof ObjectNode o) {
                o.set(name, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }

        void remove() {
            if (container instanceof ObjectNode o) {
                o.remove(name);
            } else {
                ((ArrayNode) container).remove(index);
            }
        }
    }

    private static void edit(JsonNode document, FuzzBytes choices) {
        List<Slot> slots = new ArrayList<>();
        collect(document, slots);
        if (slots.isEmpty()) {
            return;
        }
        Slot slot = slots.get(choices.below(slots.size()));
        switch (choices.below(7)) {
            case 0 -> slot.set(NODES.stringNode(choices.text(64)));
            case 1 -> slot.set(NODES.numberNode(new BigDecimal(BigInteger.valueOf(choices.below(Integer.MAX_VALUE))
                    .subtract(BigInteger.valueOf(choices.below(Integer.MAX_VALUE))), choices.below(40) - 20)));
            case 2 -> slot.remove();
            case 3 -> slot.set(NODES.nullNode());
            case 4 -> slot.set(NODES.booleanNode(choices.below(2) == 1));
            case 5 -> {
                JsonNode value = slot.value();
                if (value instanceof ArrayNode a) {
                    a.removeAll();
                } else if (value instanceof ObjectNode o) {
                    o.removeAll();
                }
            }
            default -> slot.set(slots.get(choices.below(slots.size())).value().deepCopy());
        }
    }

    private static void collect(JsonNode container, List<Slot> slots) {
        if (container instanceof ObjectNode o) {
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                slots.add(new Slot(o, e.getKey(), -1));
                collect(e.getValue(), slots);
            }
        } else if (container instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                slots.add(new Slot(a, null, i));
                collect(a.get(i), slots);
            }
        }
    }
}
