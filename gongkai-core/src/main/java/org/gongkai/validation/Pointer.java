package org.gongkai.validation;

/** JSON pointers into the canonical document, the places findings point at. */
public final class Pointer {

    private Pointer() {}

    public static String of(Object... parts) {
        StringBuilder s = new StringBuilder();
        for (Object p : parts) {
            s.append('/').append(String.valueOf(p).replace("~", "~0").replace("/", "~1"));
        }
        return s.toString();
    }
}
