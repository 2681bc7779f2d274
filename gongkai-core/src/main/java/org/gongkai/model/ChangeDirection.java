package org.gongkai.model;

/** How a figure moved against last year, in the document's own word. */
public enum ChangeDirection {
    INCREASE("增加"),
    DECREASE("减少"),
    FLAT("持平");

    private final String word;

    ChangeDirection(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
