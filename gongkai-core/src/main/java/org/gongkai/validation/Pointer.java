package org.gongkai.validation;

/** JSON pointers into the canonical document, the places findings point at. */
public final class Pointer {

    private Pointer() {}

    public static String of(Object... parts) {
        StringBuilder s = new StringBuilder(16 * parts.length);
        for (Object p : parts) {
            s.append('/');
            if (p instanceof Integer i) {
                s.append(i.intValue()); // an index, with nothing to escape
                continue;
            }
            String part = String.valueOf(p);
            if (part.indexOf('~') < 0 && part.indexOf('/') < 0) {
                s.append(part);
            } else {
                s.append(part.replace("~", "~0").replace("/", "~1"));
            }
        }
        return s.toString();
    }
}
