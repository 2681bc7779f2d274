package org.gongkai.validation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Amount;
import org.gongkai.model.Figure;
import org.gongkai.model.IndicatorValue;

/**
 * Visits the values of a disclosure with the JSON pointer each has in the canonical file (record
 * components are the file's fields). One walk gathers every text and every stated figure; rules
 * read them from the {@link CheckContext} so that a document is walked once per check.
 */
public final class ModelWalk {

    /** A value, where it stands, and the name of the field that holds it (of the list, for an element). */
    public record At<T>(String pointer, String field, T value) {}

    /** Everything one walk gathers. */
    public record Walked(List<At<String>> texts, List<At<Figure>> figures) {}

    private record Accessors(String[] names, Method[] methods) {}

    private static final ClassValue<Accessors> ACCESSORS = new ClassValue<>() {
        @Override
        protected Accessors computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            String[] names = new String[components.length];
            Method[] methods = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                methods[i] = components[i].getAccessor();
            }
            return new Accessors(names, methods);
        }
    };

    private ModelWalk() {}

    public static Walked walk(Object root) {
        Walked w = new Walked(new ArrayList<>(), new ArrayList<>());
        visit(root, "", "", w);
        return w;
    }

    /** Leaves a walk passes over: amounts by column, amounts, parsed values, codes, numbers, dates. */
    private static boolean skipped(Object node) {
        return node == null || node instanceof Map<?, ?> || node instanceof Amount || node instanceof IndicatorValue
                || node instanceof Enum<?> || node instanceof Number || node instanceof java.time.temporal.Temporal
                || node instanceof Boolean;
    }

    private static void visit(Object node, String pointer, String field, Walked w) {
        if (skipped(node)) {
            return;
        }
        if (node instanceof String s) {
            w.texts().add(new At<>(pointer, field, s));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object element = list.get(i);
                if (!skipped(element)) {
                    visit(element, pointer + "/" + i, field, w);
                }
            }
        } else if (node instanceof Map<?, ?> || node instanceof Amount || node instanceof IndicatorValue
                || node instanceof Enum<?> || !node.getClass().isRecord()) {
            // leaves: amounts by column, amounts, parsed values, codes, numbers and dates
        } else {
            if (node instanceof Figure f) {
                w.figures().add(new At<>(pointer, field, f));
            }
            Accessors a = ACCESSORS.get(node.getClass());
            for (int i = 0; i < a.methods().length; i++) {
                Object child = read(a.methods()[i], node);
                if (!skipped(child) && !(child instanceof List<?> l && l.isEmpty())) {
                    visit(child, pointer + "/" + a.names()[i], a.names()[i], w);
                }
            }
        }
    }

    private static Object read(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }
}
