package org.gongkai.importing.xlsx;

import java.math.BigDecimal;

/**
 * One non-blank cell of a sheet as read: its 0-based row and column, its text and, for a numeric
 * cell, its number. A numeric cell's text is the number written plainly.
 */
record GridCell(String sheet, int row, int column, String text, BigDecimal number) {

    /** The cell's address in A1 style: {@code B7}. */
    String address() {
        return columnLetters(column) + (row + 1);
    }

    /** Sheet and address, as places and unplaced entries name a cell: {@code 说明!A12}. */
    String where() {
        return sheet + "!" + address();
    }

    boolean isNumber() {
        return number != null;
    }

    /** The text with every space removed and full-width brackets made plain, for comparing labels. */
    String label() {
        return Labels.normalise(text);
    }

    private static String columnLetters(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }
}
