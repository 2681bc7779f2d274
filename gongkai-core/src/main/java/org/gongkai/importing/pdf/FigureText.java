package org.gongkai.importing.pdf;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

    private static final Pattern SPACES_BETWEEN_WORDS = Pattern.compile("(?<![0-9])\\s+|\\s+(?![0-9])");

    /** An amount as printed: thousands separators allowed, decimals kept. */
    static final String NUMBER = "([0-9][0-9,]*(?:\\.[0-9]+)?)";

    private static final String CHANGE = "(?:[，,。]?\\s*(?:比|与)(?:[0-9]{4}年度?)?(?:上年度?|上一年度?)?(?:预算数|数相比|预算|相比|数)?[，,]?\\s*(增加|减少|持平|一致)\\s*(?:"
            + NUMBER + "\\s*万元)?)?";
    /** What a template prints between a label and its amount: 预算支出, 预算数, 支出, 为. */
    private static final String FILLER = "(?:预算支出|预算数|预算总额|预算|支出|总计|总额)?(?:为|是)?\\s*";
    private static final String REASON = "(?:[，,]?\\s*(?:增长|下降|降低|增加|减少)\\s*[0-9.]+\\s*%)?(?:[，,。]?\\s*主要原因(?:是|为)?[：:]?([^。；;]+))?";

    /**
     * The patterns of each label, compiled once: the labels are the profiles' phrases, a few dozen,
     * and each statement is searched for every one of them.
     */
    private static final Map<String, Pattern> FIGURE_AFTER = new ConcurrentHashMap<>();
    private static final Map<String, Pattern> AMOUNT_AFTER = new ConcurrentHashMap<>();

    private FigureText() {}

    /** The amount printed as {@code 17,192} read as 17192 万元, its scale kept (346.30). */
    static Amount wan(String printed) {
        return Amount.wan(printed.replace(",", ""));
    }

    /**
     * The first figure stated for the label in the text: its amount, change and reason, or empty
     * when the label is not followed by an amount.
     */
    static Optional<Figure> find(String text, List<String> labels) {
        String compact = compact(text);
        for (String label : labels) {
            Optional<Figure> found = findCompact(compact, label);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The first amount stated for any of the labels. */
    static Optional<Amount> amount(String text, List<String> labels) {
        String compact = compact(text);
        for (String label : labels) {
            Optional<Amount> found = amountCompact(compact, label);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    static Optional<Figure> find(String printed, String label) {
        return findCompact(compact(printed), label);
    }

    private static Optional<Figure> findCompact(String text, String label) {
        Matcher m = FIGURE_AFTER.computeIfAbsent(label,
                l -> Pattern.compile(Pattern.quote(l) + FILLER + NUMBER + "\\s*(?:万元)?" + CHANGE + REASON)).matcher(text);
        Figure first = null;
        while (m.find()) {
            String reason = m.group(4) == null ? null : m.group(4).strip();
            Figure f = new Figure(wan(m.group(1)), null, change(m.group(2), m.group(3)), reason);
            boolean ownLabel = m.start() == 0 || Character.UnicodeScript.of(text.charAt(m.start() - 1)) != Character.UnicodeScript.HAN;
            if ((f.change() != null || reason != null) && (first == null || ownLabel)) {
                // the mention that says how it changed (1.因公出国（境）费预算支出106万元，与上年数一致) over a share (占…%)
                return Optional.of(f);
            }
            if (first == null) {
                first = f;
            }
        }
        return Optional.ofNullable(first);
    }

    /** The amount alone (no change, no reason) stated for the label. */
    static Optional<Amount> amount(String printed, String label) {
        return amountCompact(compact(printed), label);
    }

    private static Optional<Amount> amountCompact(String text, String label) {
        Matcher m = AMOUNT_AFTER.computeIfAbsent(label, l -> Pattern.compile(Pattern.quote(l) + FILLER + NUMBER + "\\s*万元")).matcher(text);
        return m.find() ? Optional.of(wan(m.group(1))) : Optional.empty();
    }

    /** The text without the spaces justified lines put between characters (2018 年 本 部 门), digits kept apart. */
    static String compact(String text) {
        return SPACES_BETWEEN_WORDS.matcher(text).replaceAll("");
    }

    static Change change(String word, String amount) {
        if (word == null) {
            return null;
        }
        return switch (word) {
            case "持平", "一致" -> Change.flat();
            case "增加" -> amount == null ? null : new Change(ChangeDirection.INCREASE, wan(amount));
            case "减少" -> amount == null ? null : new Change(ChangeDirection.DECREASE, wan(amount));
            default -> null;
        };
    }
}
