package org.gongkai.importing.xlsx;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Amount;
import org.gongkai.model.MoneyUnit;

/**
 * Numbers and codes as cells hold them: numeric cells, numbers stored as text ({@code "171,915,169"}),
 * blanks printed as {@code ——} or {@code --}, and 科目 codes split over 类/款/项 columns.
 */
final class CellValues {

    /** More decimals than this in a numeric cell is binary floating-point noise (32.200000000000003). */
    private static final int MAX_EXACT_SCALE = 6;
    private static final Pattern NUMBER_TEXT = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)(亿元|万元|元)?");
    private static final Pattern SEPARATORS = Pattern.compile("[,，\\s\\u00a0\\u3000]");
    private static final Pattern BLANK_MARKS = Pattern.compile("[-－—–―]*");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private CellValues() {}

    /** A numeric cell's raw value as an exact number, with floating-point noise removed. */
    static BigDecimal number(String raw) {
        BigDecimal exact = new BigDecimal(raw.strip());
        if (exact.scale() > MAX_EXACT_SCALE) {
            return BigDecimal.valueOf(exact.doubleValue());
        }
        return exact;
    }

    /** Whether the cell holds a number, as a number or as text. */
    static boolean isNumeric(GridCell cell) {
        return cell.isNumber() || NUMBER_TEXT.matcher(SEPARATORS.matcher(cell.text()).replaceAll("")).matches();
    }

    /** Whether the cell stands for a blank amount: empty, or a printed dash (——, --). */
    static boolean isBlankAmount(GridCell cell) {
        return !cell.isNumber() && BLANK_MARKS.matcher(SEPARATORS.matcher(cell.text()).replaceAll("")).matches();
    }

    /**
     * The amount a cell holds in the table's unit; a text carrying its own unit ({@code 1,234元})
     * keeps it. Empty when the cell is not a number.
     */
    static Optional<Amount> amount(GridCell cell, MoneyUnit unit) {
        if (cell.isNumber()) {
            return Optional.of(new Amount(cell.number(), unit));
        }
        Matcher m = NUMBER_TEXT.matcher(SEPARATORS.matcher(cell.text()).replaceAll(""));
        if (!m.matches()) {
            return Optional.empty();
        }
        MoneyUnit own = m.group(2) == null ? unit : MoneyUnit.fromSymbol(m.group(2)).orElse(unit);
        return Optional.of(new Amount(new BigDecimal(m.group(1)), own));
    }

    /** A code as one column holds it: spaces removed ({@code 201 06 01} → {@code 2010601}). */
    static String code(GridCell cell) {
        return SEPARATORS.matcher(cell.text()).replaceAll("");
    }

    /**
     * One part of a split code: 款 and 项 are two digits, so a number cell {@code 6} is {@code 06};
     * 类 is kept as written.
     */
    static String codePart(GridCell cell, int digits) {
        String part = code(cell);
        if (DIGITS.matcher(part).matches() && part.length() < digits) {
            return "0".repeat(digits - part.length()) + part;
        }
        return part;
    }
}
