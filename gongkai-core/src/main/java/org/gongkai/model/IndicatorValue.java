package org.gongkai.model;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 指标值: either quantified (a comparator, a number and a unit: ≥1个, ≤1.4万元, ≥95%) or
 * qualitative (a grade or phrase: 好, 达标, 逐年提高). The published text is recovered by
 * {@link #text()}; the canonical file stores that text.
 */
public record IndicatorValue(Comparator comparator, BigDecimal number, String unit, String qualitative) {

    private static final Pattern QUANTIFIED =
            Pattern.compile("^(≥|≤|>=|<=|≧|≦|=|＝|>|<|＞|＜)?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(.*)$");

    public IndicatorValue {
        if (number == null && (qualitative == null || qualitative.isBlank())) {
            throw new IllegalArgumentException("an indicator value is a number or a qualitative grade");
        }
        if (number != null && qualitative != null) {
            throw new IllegalArgumentException("an indicator value is a number or a qualitative grade, not both");
        }
        unit = unit == null ? "" : unit.strip();
    }

    /** Reads the value as published: "≥2000 人次", "≤1.4 万元", "≥90%", "好". */
    public static IndicatorValue parse(String text) {
        String t = text.strip();
        Matcher m = QUANTIFIED.matcher(t);
        if (m.matches()) {
            Comparator c = m.group(1) == null ? null : Comparator.fromSymbol(m.group(1)).orElseThrow();
            return new IndicatorValue(c, new BigDecimal(m.group(2)), m.group(3), null);
        }
        return new IndicatorValue(null, null, null, t);
    }

    public boolean isQuantified() {
        return number != null;
    }

    public boolean isPercentage() {
        return isQuantified() && (unit.equals("%") || unit.equals("％"));
    }

    /** The canonical published text: comparator, number and unit without spaces. */
    public String text() {
        if (!isQuantified()) {
            return qualitative;
        }
        return (comparator == null ? "" : comparator.symbol()) + number.toPlainString() + unit;
    }

    @Override
    public String toString() {
        return text();
    }
}
