package org.gongkai.importing.text;

/**
 * One non-blank line of the statement text with its 1-based line number in the file: cleaned for
 * prose, and as extracted (white space folded) for table rows, where a space separates two cells.
 */
record TextLine(int number, String text, String raw, String place) {

    String where() {
        return place != null ? place : "line " + number;
    }
}
