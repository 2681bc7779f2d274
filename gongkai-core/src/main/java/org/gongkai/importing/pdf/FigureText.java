package org.gongkai.importing.pdf;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Amount;
import org.gongkai.model.Change;
import org.gongkai.model.ChangeDirection;
import org.gongkai.model.Figure;

/**
 * The stated figures of the Shanghai statement prose: a label followed by its amount in 万元 as
 * printed ({@code 17,192万元}, {@code 346.30万元}, {@code 为0}), then what it says of last year
 * ({@code 比2024年预算减少990万元}, {@code 与2024年预算持平}) and the reason ({@code 主要原因是…}).
 */
final class FigureText {

    /** An amount as printed: thousands separators allowed, decimals kept. */
    static final String NUMBER = "([0-9][0-9,]*(?:\\.[0-9]+)?)";

    private static final String CHANGE = "(?:[，,。]?\\s*(?:比|与)(?:[0-9]{4}年)?(?:上年)?预算(增加|减少|持平)(?:" + NUMBER + "万元)?)?";
    private static final String REASON = "(?:[，,。]?\\s*主要原因是[：:]?([^。；;]+))?";

    private FigureText() {}

    /** The amount printed as {@code 17,192} read as 17192 万元, its scale kept (346.30). */
    static Amount wan(String printed) {
        return Amount.wan(printed.replace(",", ""));
    }

    /**
     * The first figure stated for the label in the text: its amount, change and reason, or empty
     * when the label is not followed by an amount.
     */
    static Optional<Figure> find(String text, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + "(?:为)?" + NUMBER + "(?:万元)?" + CHANGE + REASON).matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String reason = m.group(4) == null ? null : m.group(4).strip();
        return Optional.of(new Figure(wan(m.group(1)), null, change(m.group(2), m.group(3)), reason));
    }

    /** The amount alone (no change, no reason) stated for the label. */
    static Optional<Amount> amount(String text, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + "(?:为)?" + NUMBER + "万元").matcher(text);
        return m.find() ? Optional.of(wan(m.group(1))) : Optional.empty();
    }

    static Change change(String word, String amount) {
        if (word == null) {
            return null;
        }
        return switch (word) {
            case "持平" -> Change.flat();
            case "增加" -> amount == null ? null : new Change(ChangeDirection.INCREASE, wan(amount));
            case "减少" -> amount == null ? null : new Change(ChangeDirection.DECREASE, wan(amount));
            default -> null;
        };
    }
}
