package org.gongkai.model;

import java.util.Objects;

/**
 * One source of income as the statement names it: {@code label} keeps the document's words
 * (基金预算收入, 其他来源收入), {@code source} says which standard source that is.
 */
public record IncomeLine(IncomeSource source, String label, Figure figure) {

    public IncomeLine {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(figure, "figure");
    }
}
