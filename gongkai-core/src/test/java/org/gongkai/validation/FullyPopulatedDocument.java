package org.gongkai.validation;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.model.Amount;
import org.gongkai.model.Disclosure;
import org.gongkai.model.IndicatorValue;
import org.gongkai.model.MoneyUnit;

/**
 * A disclosure with every field of every record set, built by reflection from the record components,
 * so that a field added to the model later is set too: every string is a distinct text, every list
 * holds two elements (so that indices show), every nested record is built the same way. Values a walk
 * passes over (amounts, numbers, dates, enums, maps) get a plain valid value.
 */
final class FullyPopulatedDocument {

    /** Records that hold themselves (a region's parent region) stop here. */
    private static final int DEEPEST = 6;

    private int texts;

    static Disclosure build() {
        return (Disclosure) new FullyPopulatedDocument().record(Disclosure.class, 0);
    }

    private Object record(Class<?> type, int depth) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getGenericType(), depth + 1);
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot build a " + type.getSimpleName() + " with every field set: "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a " + type.getSimpleName(), e);
        }
    }

    private Object value(Type type, int depth) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type element = p.getActualTypeArguments()[0];
            if (raw == List.class) {
                List<Object> list = new ArrayList<>();
                if (depth <= DEEPEST) {
                    list.add(value(element, depth));
                    list.add(value(element, depth));
                }
                return list;
            }
            if (raw == Optional.class) {
                return Optional.ofNullable(value(element, depth));
            }
            if (raw == Map.class) {
                return Map.of();
            }
            throw new IllegalStateException("no value for " + type + ": teach FullyPopulatedDocument this type");
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return "文本" + (++texts);
        }
        if (c == Amount.class) {
            return Amount.of("1.00", MoneyUnit.WAN_YUAN);
        }
        if (c == IndicatorValue.class) {
            return IndicatorValue.parse("≥1个");
        }
        if (c == int.class || c == Integer.class) {
            return 2020;
        }
        if (c == long.class || c == Long.class) {
            return 1L;
        }
        if (c == boolean.class || c == Boolean.class) {
            return true;
        }
        if (c == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (c == LocalDate.class) {
            return LocalDate.of(2020, 1, 1);
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        if (c.isRecord()) {
            return depth > DEEPEST ? null : record(c, depth);
        }
        throw new IllegalStateException("no value for " + c.getName() + ": teach FullyPopulatedDocument this type");
    }
}
