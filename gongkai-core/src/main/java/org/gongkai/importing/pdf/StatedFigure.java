package org.gongkai.importing.pdf;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Amount;
import org.gongkai.model.Change;
import org.gongkai.model.ChangeDirection;
import org.gongkai.model.Figure;

/**
 * A figure stated in a sentence of the statement, in the shapes a budget statement words it
 * whatever its family: the label, what a template prints between the label and the amount
 * (预算数为, 收入预算总计, 预算支出), the amount in 万元, then, in the same sentence or the next, its share
 * (占100%), its purpose (主要用于…), its change against last year (与上年相比增加2432.93万元, 比上年预算减少23.25万元,
 * 与上年数一致, 与上年持平, 比2016年增加…) with its rate, and the reason (主要原因是…).
 *
 * <p>A change left as the template's blank (增加（减少）0万元) is not a change: it stays unstated, and the
 * sentence stays in the text for the wording rules.
 */
final class StatedFigure {

    private static final String NUMBER = FigureText.NUMBER;
    /** What templates print between a label and its amount. */
    private static final String FILLER = "(?:收入预算总计|预算总计|预算合计|预算总额|预算数|预算支出|支出预算|预算|支出|合计|总计)?(?:为|是)?";
    /** A label that is the object of a change (…等原因，增加基本支出844.15万元) names the change, not the figure. */
    /** A label's amount pattern, compiled once per label: the labels are a profile's few phrases. */
    private static final java.util.Map<String, Pattern> AMOUNT_AFTER = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern OBJECT_OF_A_CHANGE = Pattern.compile("(?:增加|减少|增长|下降|调增|调减|压减|新增|用于)$");
    private static final Pattern SHARE = Pattern.compile("^[，,]?占[^，。；%0-9]{0,16}[0-9.]+[%％][；;，,。]?");
    private static final Pattern PURPOSE = Pattern.compile("^[，,]?主要用于[：:]?([^。]+)。?");
    private static final Pattern CHANGE = Pattern.compile(
            "^[，,。]?(?:与|比)(?:上年|上一年|[0-9]{4}年)度?[^。；0-9]{0,24}?(增加（减少）|增加|减少|持平|一致)(?:" + NUMBER + "万元?)?");
    private static final Pattern RATE = Pattern.compile("^[，,]?(?:增长|下降|减少|增加|降低)(?:（减少）)?[0-9.]+[%％]");
    /** The reason: 主要原因是…, 主要原因为：…, 主要原因一是…, 主要是…; not 主要包括 (what a figure holds). */
    private static final Pattern REASON = Pattern.compile("^[，,。]?主要(?:原因(?:是|为)?|是)[：:]?([^。]+)");

    private StatedFigure() {}

    /** What a sentence states: the figure, where its label starts and ends, and the purpose if it names one. */
    record Stated(Figure figure, int at, int labelEnd, String purpose) {

        /** Whether this label is printed inside the longer label of another statement (收入预算总计 in 财政拨款收入预算总计). */
        boolean within(Stated other) {
            return other != this && other.at <= at && labelEnd <= other.labelEnd && other.labelEnd - other.at > labelEnd - at;
        }
    }

    /** The first figure the text states for any of the labels (most specific first). */
    static Optional<Stated> find(String printed, List<String> labels) {
        String text = FigureText.compact(printed);
        for (String label : labels) {
            Matcher m = AMOUNT_AFTER.computeIfAbsent(label, l -> Pattern.compile(Pattern.quote(l) + FILLER + "\\s*" + NUMBER + "\\s*万元")).matcher(text);
            while (m.find()) {
                if (!OBJECT_OF_A_CHANGE.matcher(text.substring(0, m.start())).find()) {
                    return Optional.of(after(text, m.start(), m.start() + label.length(), FigureText.wan(m.group(1)), m.end()));
                }
            }
        }
        return Optional.empty();
    }

    /** The figure whose amount ends at {@code end}: what the text says after it of its share, purpose, change and reason. */
    static Stated after(String text, int at, int labelEnd, Amount amount, int end) {
        String rest = text.substring(end);
        rest = skip(SHARE, rest);
        String purpose = null;
        Matcher p = PURPOSE.matcher(rest);
        if (p.find()) {
            purpose = p.group(1).strip();
            rest = rest.substring(p.end());
        }
        Change change = null;
        Matcher c = CHANGE.matcher(rest);
        if (c.find()) {
            change = change(c.group(1), c.group(2));
            rest = skip(RATE, rest.substring(c.end()));
        }
        String reason = null;
        Matcher r = REASON.matcher(rest);
        if (r.find() && !r.group(1).isBlank()) {
            reason = r.group(1).strip();
        }
        return new Stated(new Figure(amount, null, change, reason), at, labelEnd, purpose);
    }

    private static String skip(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? text.substring(m.end()) : text;
    }

    /** The change a word and an amount state; none for the template's blank 增加（减少） or a direction without an amount. */
    static Change change(String word, String amount) {
        return switch (word) {
            case "持平", "一致" -> Change.flat();
            case "增加", "减少" -> {
                if (amount == null) {
                    yield null;
                }
                Amount a = FigureText.wan(amount);
                yield a.isZero() ? Change.flat()
                        : new Change(word.equals("增加") ? ChangeDirection.INCREASE : ChangeDirection.DECREASE, a);
            }
            default -> null;
        };
    }
}
