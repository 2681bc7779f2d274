package org.gongkai.validation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Amount;
import org.gongkai.model.IndicatorValue;

/**
 * Visits every value of a disclosure with the JSON pointer it has in the canonical file (record
 * components are the file's fields). Rules that look at all texts or all figures use it.
 */
public final class ModelWalk {

    /** A value and where it stands. */
    public record At<T>(String pointer, T value) {}

    private ModelWalk() {}

    /** Every value of the given type below the root, in document order. */
    public static <T> List<At<T>> all(Object root, Class<T> type) {
        List<At<T>> found = new ArrayList<>();
        walk(root, "", type, found);
        return found;
    }

    private static <T> void walk(Object node, String pointer, Class<T> type, List<At<T>> found) {
        if (node == null) {
            return;
        }
        if (type.isInstance(node)) {
            found.add(new At<>(pointer, type.cast(node)));
        }
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), pointer + "/" + i, type, found);
            }
        } else if (node instanceof Map<?, ?> || node instanceof Amount || node instanceof IndicatorValue) {
            // leaves for the purposes of a walk: amounts by column, amounts, parsed values
        } else if (node.getClass().isRecord()) {
            for (RecordComponent c : node.getClass().getRecordComponents()) {
                walk(read(c, node), pointer + "/" + c.getName(), type, found);
            }
        }
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c, e);
        }
    }
}
