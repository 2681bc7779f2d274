package org.gongkai.validation.rules.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * A whole stated with its two complementary parts (“地上建筑面积8013平方米（其中计容面积7998平方米，不计容面积
 * 105平方米）”: 计容 and 不计容, 地上 and 地下, 境内 and 境外) is their sum. Parts introduced by 其中 are
 * usually a selection, so only a pair that covers the whole by its own words is added up: a name and the
 * same name negated (不…, 非…), or the pairs of {@code complementary-parts.tsv}. The allowance is half
 * the last digit of each figure, as printed.
 */
public final class ComplementaryPartsAddUp extends AbstractRule {

    private static final String UNITS = "平方米|万元|元|人|辆|台|套|个|家|项|亩|米|公里|吨";
    /** A whole and the 其中 that opens its parts: 8013平方米（其中, 13459平方米，其中. */
    private static final Pattern WHOLE = Pattern.compile("(\\d+(?:\\.\\d+)?)(" + UNITS + ")[，,]?[（(]?其中[：:，,]?");
    /** A part: its name, a verb, its figure and unit. */
    private static final Pattern PART = Pattern.compile("([\\u4e00-\\u9fff]{1,16}?)(?:约为|为|约|共计|共|达)?(\\d+(?:\\.\\d+)?)(" + UNITS + ")");

    /** The end of a whole whose 其中 opens a bracket: （其中 */
    private static final Pattern BRACKETED = Pattern.compile(".*[（(]其中[：:，,]?$");

    /** Complementary beginnings of two names, besides a name and its negation: 地上 and 地下 … */
    private static final List<String[]> PAIRS = Texts.table("complementary-parts.tsv");

    public ComplementaryPartsAddUp() {
        super(new RuleInfo("complementary-parts-add-up", Category.CONSISTENCY, Severity.WARNING,
                "公开内容应真实准确；整体等于互补的两部分之和",
                "说明中一个数与其互补的两部分（计容与不计容、地上与地下）一并列出时，两部分之和等于该数",
                "A figure stated with its two complementary parts (计容 and 不计容, 地上 and 地下) is their sum",
                "地上建筑面积为8013平方米（其中计容面积7998平方米，不计容面积105平方米）",
                "地上建筑面积为8103平方米（其中计容面积7998平方米，不计容面积105平方米）"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        Wording.eachProse(d, context, at -> at.has(Texts.HAS_OF_WHICH), (at, t) -> {
            Matcher whole = WHOLE.matcher(t);
            for (int from = 0; nextWhole(whole, t, from); from = whole.end()) {
                List<Part> parts = parts(t, whole.end(), whole.group(2));
                if (parts.size() == 2 && complementary(parts.get(0).name(), parts.get(1).name())) {
                    check(at, t, whole, parts, findings);
                }
            }
        });
        return findings;
    }

    private record Part(String name, String figure) {}

    /** The characters a whole is written with before its 其中: digits, the point, units, a comma, a bracket. */
    private static final String WHOLE_CHARACTERS = "0123456789." + UNITS.replace("|", "") + "，,（(";

    /**
     * The next whole from a position, as {@code find()} gives it, tried only before each 其中: a whole is
     * written right before its 其中 with {@link #WHOLE_CHARACTERS} only, so it starts no earlier than the
     * run of them before the 其中, and ends at most one character after it.
     */
    private static boolean nextWhole(Matcher whole, String t, int from) {
        for (int q = t.indexOf("其中", from); q >= 0; q = t.indexOf("其中", q + 2)) {
            int start = q;
            while (start > from && WHOLE_CHARACTERS.indexOf(t.charAt(start - 1)) >= 0) {
                start--;
            }
            if (whole.region(start, Math.min(t.length(), q + 3)).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The next part from a position, as {@code find()} gives it, tried only where one can start: a part's
     * name and verb are 1 to 18 Chinese characters right before its figure, so only the Chinese characters
     * up to 18 places before a digit are tried.
     */
    private static boolean nextPart(Matcher part, CharSequence level, int from) {
        int n = level.length();
        for (int digit = from + 1; digit < n; digit++) {
            char c = level.charAt(digit);
            if (c < '0' || c > '9' || !Texts.isHan(level.charAt(digit - 1))) {
                continue;
            }
            int start = digit - 1;
            while (start > from && start > digit - 18 && Texts.isHan(level.charAt(start - 1))) {
                start--;
            }
            for (; start < digit; start++) {
                if (part.region(start, n).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The parts at the level of the 其中, in the same unit: up to the bracket it opened or the end of the
     * sentence; what stands in brackets inside belongs to a part, not to this whole.
     */
    private static List<Part> parts(String t, int from, String unit) {
        boolean bracketed = from >= 2 && BRACKETED.matcher(t.substring(Math.max(0, from - 4), from)).matches();
        int depth = 0;
        StringBuilder level = new StringBuilder();
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                if (depth == 0) {
                    break; // the bracket the 其中 opened
                }
                depth--;
                level.append('，');
            } else if (depth == 0) {
                if (c == '。' || c == '；' || (!bracketed && c == '：')) {
                    break;
                }
                level.append(c);
            }
        }
        List<Part> parts = new ArrayList<>();
        if (!mayHoldComplements(level)) {
            return parts; // no two names here can complement each other: the parts are not read
        }
        Matcher m = PART.matcher(level);
        for (int at = 0; nextPart(m, level, at); at = m.end()) {
            if (m.group(3).equals(unit)) {
                parts.add(new Part(m.group(1), m.group(2)));
            }
        }
        return parts;
    }

    /**
     * Whether a text can hold two complementary names at all: one negated (不…, 非…) or both beginnings of a
     * pair of {@code complementary-parts.tsv}. What {@link #complementary} accepts needs one of them.
     */
    private static boolean mayHoldComplements(CharSequence level) {
        String text = level.toString();
        if (text.indexOf('不') >= 0 || text.indexOf('非') >= 0) {
            return true;
        }
        for (String[] pair : PAIRS) {
            if (text.contains(pair[0]) && text.contains(pair[1])) {
                return true;
            }
        }
        return false;
    }

    static boolean complementary(String a, String b) {
        if (b.equals("不" + a) || b.equals("非" + a) || a.equals("不" + b) || a.equals("非" + b)) {
            return true;
        }
        for (String[] pair : PAIRS) {
            if (a.startsWith(pair[0]) && b.startsWith(pair[1])
                    && a.substring(pair[0].length()).equals(b.substring(pair[1].length()))) {
                return true;
            }
        }
        return false;
    }

    private void check(Texts.Prose at, String t, Matcher whole, List<Part> parts, List<Finding> findings) {
        BigDecimal stated = new BigDecimal(whole.group(1));
        BigDecimal sum = new BigDecimal(parts.get(0).figure()).add(new BigDecimal(parts.get(1).figure()));
        BigDecimal allowance = Wording.half(whole.group(1)).add(Wording.half(parts.get(0).figure()))
                .add(Wording.half(parts.get(1).figure()));
        if (stated.subtract(sum).abs().compareTo(allowance) > 0) {
            String unit = whole.group(2);
            findings.add(finding(at.pointer(), parts.get(0).name() + "与" + parts.get(1).name(),
                    whole.group(1) + unit + "不等于其中" + parts.get(0).name() + parts.get(0).figure() + unit + "与"
                            + parts.get(1).name() + parts.get(1).figure() + unit + "之和" + sum.toPlainString() + unit + "（"
                            + Wording.around(t, whole.start(), whole.end()) + "）",
                    whole.group(1) + " " + unit + " is not the sum " + sum.toPlainString() + " of its parts "
                            + parts.get(0).name() + " and " + parts.get(1).name()));
        }
    }
}
