package org.gongkai.importing;

import java.util.Objects;

/**
 * Why an input could not be used, and where: the file, the line and column (1-based, 0 when not
 * known) and the JSON pointer of the offending value where there is one.
 */
public record InputProblem(String file, int line, int column, String pointer, String message) {

    public InputProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** Compiler style: {@code file:line:column: message (at /pointer)}. */
    public String describe() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        s.append(": ").append(message);
        if (pointer != null && !pointer.isEmpty()) {
            s.append(" (at ").append(pointer).append(')');
        }
        return s.toString();
    }
}
