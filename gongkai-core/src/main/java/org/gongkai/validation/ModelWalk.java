package org.gongkai.validation;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gongkai.model.Amount;
import org.gongkai.model.Figure;
import org.gongkai.model.IndicatorValue;

/**
 * Visits the values of a disclosure with the JSON pointer each has in the canonical file (record
 * components are the file's fields). One walk gathers every text and every stated figure; rules
 * read them from the {@link CheckContext} so that a document is walked once per check. Accessors
 * are bound once per record type, and a pointer is spelled out only when someone asks for it.
 */
public final class ModelWalk {

    /** A value, where it stands, and the name of the field that holds it (of the list, for an element). */
    public static final class At<T> {
        /** The value's own place, or the record that holds it when the value is a field of its own ({@link #under}). */
        private final Location location;
        private final boolean underLocation;
        private final String field;
        private final T value;

        At(Location location, String field, T value) {
            this(location, false, field, value);
        }

        private At(Location location, boolean underLocation, String field, T value) {
            this.location = location;
            this.underLocation = underLocation;
            this.field = field;
            this.value = value;
        }

        /**
         * A value held in a field of the record at {@code parent}: its place is spelled from the parent's
         * when asked for, so that walking a document makes no place of its own for each text.
         */
        static <T> At<T> under(Location parent, String field, T value) {
            return new At<>(parent, true, field, value);
        }

        public String pointer() {
            return underLocation ? location + "/" + Location.escape(field) : location.toString();
        }

        /** The top-level field the value stands under ("glossary" for /glossary/3/term), without spelling the pointer. */
        public String section() {
            return underLocation && location.isRoot() ? field : location.section();
        }

        public String field() {
            return field;
        }

        public T value() {
            return value;
        }
    }

    /** Everything one walk gathers. */
    public record Walked(List<At<String>> texts, List<At<Figure>> figures) {}

    /** A place in the document: its parent and its key; the pointer is built on demand. */
    static final class Location {

        static final Location ROOT = new Location(null, null, -1);

        private final Location parent;
        private final String key;
        private final int index;
        private String spelled;

        Location(Location parent, String key, int index) {
            this.parent = parent;
            this.key = key;
            this.index = index;
        }

        Location child(String field) {
            return new Location(this, field, -1);
        }

        Location element(int i) {
            return new Location(this, null, i);
        }

        boolean isRoot() {
            return parent == null;
        }

        static String escape(String key) {
            return key.replace("~", "~0").replace("/", "~1");
        }

        String section() {
            Location l = this;
            while (l.parent != null && l.parent.parent != null) {
                l = l.parent;
            }
            return l.parent == null ? "" : l.key;
        }

        @Override
        public String toString() {
            if (spelled == null) {
                spelled = parent == null ? "" : parent + "/" + (key != null ? escape(key) : index);
            }
            return spelled;
        }
    }

    private record Accessors(String[] names, List<Function<Object, Object>> readers) {}

    private static final ClassValue<Accessors> ACCESSORS = new ClassValue<>() {
        @Override
        protected Accessors computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            String[] names = new String[components.length];
            List<Function<Object, Object>> readers = new ArrayList<>(components.length);
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                readers.add(reader(components[i].getAccessor()));
            }
            return new Accessors(names, readers);
        }
    };


    private ModelWalk() {}

    public static Walked walk(Object root) {
        Walked w = new Walked(new ArrayList<>(), new ArrayList<>());
        visit(root, Location.ROOT, "", w);
        return w;
    }

    /** Leaves a walk passes over: amounts by column, amounts, parsed values, codes, numbers, dates. */
    private static boolean skipped(Object node) {
        if (node instanceof Amount || node instanceof IndicatorValue) {
            return true;
        }
        if (node instanceof String || node instanceof Record || node instanceof List<?>) {
            return false;
        }
        return node == null || node instanceof Map<?, ?>
                || node instanceof Enum<?> || node instanceof Number || node instanceof java.time.temporal.Temporal
                || node instanceof Boolean;
    }

    private static void visit(Object node, Location at, String field, Walked w) {
        if (node instanceof String s) {
            w.texts().add(new At<>(at, field, s));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object element = list.get(i);
                if (!skipped(element)) {
                    visit(element, new Location(at, null, i), field, w);
                }
            }
        } else if (node instanceof Record) {
            if (node instanceof Figure f) {
                w.figures().add(new At<>(at, field, f));
            }
            Accessors a = ACCESSORS.get(node.getClass());
            for (int i = 0; i < a.names().length; i++) {
                Object child = a.readers().get(i).apply(node);
                if (!skipped(child) && !(child instanceof List<?> l && l.isEmpty())) {
                    visit(child, new Location(at, a.names()[i], -1), a.names()[i], w);
                }
            }
        }
    }

    /** A record accessor bound as a function, so that reading a component is a plain call. */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> reader(Method accessor) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle handle = lookup.unreflect(accessor);
            MethodType type = handle.type().wrap();
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), handle, type);
            return (Function<Object, Object>) site.getTarget().invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot bind " + accessor, e);
        }
    }
}
