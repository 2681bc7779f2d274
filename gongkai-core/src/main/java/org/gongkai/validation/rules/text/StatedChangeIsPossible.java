package org.gongkai.validation.rules.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.ChangeDirection;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Figure;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.ModelWalk;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * A change the document states can be: nothing grows by a percentage from 0 (“上年为0万元 … 增长100%”),
 * an amount of 0 has not grown by a positive sum, and the direction word agrees with the figures
 * (“增加B万元，下降C%”, “增加-5万元”, last year P and this year A &lt; P said to have grown).
 */
public final class StatedChangeIsPossible extends AbstractRule {

    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern FROM_ZERO = Pattern.compile("为0(?:\\.0+)?万元[，,][^。；]{0,30}?(?:增加|增长|上升)" + NUM + "%");
    private static final Pattern AGAINST_PRIOR = Pattern.compile("为" + NUM + "万元[，,]\\d{4}年(?:预算)?安排" + NUM
            + "万元[，,](?:比|较)[^，。；]{0,16}?(增加|增长|上升|减少|下降|降低|持平)");
    private static final Pattern ZERO_GREW = Pattern.compile("(?<![\\d.])0(?:\\.0+)?万元[，,]?(?:比|较)[^，。；\\d]{0,12}?(?:增加|增长)" + NUM + "万元");
    private static final Pattern WORDS_DISAGREE = Pattern.compile("(增加|增长|上升|减少|下降|降低)" + NUM + "万元[，,](增长|上升|增加|下降|减少|降低)" + NUM + "%");
    private static final Pattern NEGATIVE = Pattern.compile("(增加|增长|减少|下降)(-|－)" + NUM + "(万元|%)");

    public StatedChangeIsPossible() {
        super(new RuleInfo("stated-change-is-possible", Category.YOY, Severity.ERROR,
                "财预〔2016〕143号：说明收支增减变化；变动方向与数字相符",
                "所述增减变化是可能的：上年为0不能表述为增长百分之几，0万元不能比上年增加，增减用语与数字的方向一致",
                "A stated change can be: nothing grows by a percentage from 0, 0 has not grown, and the direction word fits the figures",
                "2023年当年预算执行数为0.00万元，2024年预算安排25.00万元，比2023年预算执行数增加100.00%",
                "2023年当年预算执行数为15.00万元，2024年预算安排30.00万元，比2023年预算执行数增加100.00%"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        Wording.eachProse(d, context, at -> at.has(Texts.HAS_CHANGE_WORD), (at, t) -> {
            for (int[] s : (at.has(Texts.HAS_PERCENT) ? Wording.sentencesWith(t, "为0") : List.<int[]>of())) {
                Matcher m = FROM_ZERO.matcher(t).region(s[0], s[1]);
                while (m.find()) {
                    if (new BigDecimal(m.group(1)).signum() > 0) {
                        findings.add(report(at, t, m, "上年为0，不能表述为增长" + m.group(1) + "%",
                                "nothing grows by " + m.group(1) + "% from 0"));
                    }
                }
            }
            for (int[] s : Wording.sentencesWith(t, "年预算安排", "年安排")) {
                Matcher m = AGAINST_PRIOR.matcher(t).region(s[0], s[1]);
                while (m.find()) {
                    int sign = new BigDecimal(m.group(2)).compareTo(new BigDecimal(m.group(1)));
                    String word = m.group(3);
                    boolean up = word.equals("增加") || word.equals("增长") || word.equals("上升");
                    boolean flat = word.equals("持平");
                    if ((up && sign < 0) || (!up && !flat && sign > 0) || (flat && sign != 0) || (!flat && sign == 0)) {
                        findings.add(report(at, t, m, "上年" + m.group(1) + "万元、本年" + m.group(2) + "万元，不是“" + word + "”",
                                "from " + m.group(1) + " to " + m.group(2) + " is not '" + word + "'"));
                    }
                }
            }
            // an amount of 0 said to have grown: only where a zero stands before 万元
            for (int k = t.indexOf("万元"); k > 0; k = t.indexOf("万元", k + 2)) {
                int start = k;
                while (start > 0 && (Character.isDigit(t.charAt(start - 1)) || t.charAt(start - 1) == '.')) {
                    start--;
                }
                if (start == k || !isZero(t, start, k)) {
                    continue;
                }
                Matcher m = ZERO_GREW.matcher(t).region(start, Math.min(t.length(), k + 30));
                if (m.lookingAt() && new BigDecimal(m.group(1)).signum() > 0) {
                    findings.add(report(at, t, m, "本年为0万元，不能比上年增加" + m.group(1) + "万元",
                            "an amount of 0 has not grown by " + m.group(1)));
                }
            }
            for (int[] s : (at.has(Texts.HAS_PERCENT) ? Wording.sentencesWith(t, "%") : List.<int[]>of())) {
                Matcher m = WORDS_DISAGREE.matcher(t).region(s[0], s[1]);
                while (m.find()) {
                    boolean upAmount = m.group(1).equals("增加") || m.group(1).equals("增长") || m.group(1).equals("上升");
                    boolean upRate = m.group(3).equals("增加") || m.group(3).equals("增长") || m.group(3).equals("上升");
                    boolean zero = new BigDecimal(m.group(2)).signum() == 0 && new BigDecimal(m.group(4)).signum() == 0;
                    if (upAmount != upRate && !zero) {
                        findings.add(report(at, t, m, "“" + m.group(1) + "”与“" + m.group(3) + "”方向相反",
                                "'" + m.group(1) + "' and '" + m.group(3) + "' point opposite ways"));
                    }
                }
            }
            for (int[] s : (at.has(Texts.HAS_SIGNED_CHANGE) ? Wording.sentencesWith(t, "-", "－") : List.<int[]>of())) {
                Matcher m = NEGATIVE.matcher(t).region(s[0], s[1]);
                while (m.find()) {
                    findings.add(report(at, t, m, "增减用语后的数为负数（" + m.group() + "）", "a direction word before a negative number"));
                }
            }
        });
        for (ModelWalk.At<Figure> at : context.walked(d).figures()) {
            Figure f = at.value();
            if (f.amount() != null && f.amount().isZero() && f.change() != null
                    && f.change().direction() == ChangeDirection.INCREASE && f.change().amount() != null
                    && f.change().amount().signum() > 0 && f.prior() == null) {
                findings.add(finding(at.pointer() + "/change", at.field(),
                        "本年为0，不能比上年增加" + f.change().amount(), "an amount of 0 has not grown by " + f.change().amount()));
            }
        }
        return findings;
    }

    /** Whether the number from {@code from} to {@code to} is written as 0, 0.0, 0.00 …: a plain loop, as it runs before every 万元. */
    private static boolean isZero(String t, int from, int to) {
        if (t.charAt(from) != '0') {
            return false;
        }
        if (to - from == 1) {
            return true;
        }
        if (t.charAt(from + 1) != '.' || to - from == 2) {
            return false;
        }
        for (int i = from + 2; i < to; i++) {
            if (t.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    private Finding report(Texts.Prose at, String t, Matcher m, String message, String messageEn) {
        return finding(at.pointer(), m.group(), message + "（" + Wording.around(t, m.start(), m.end()) + "）", messageEn);
    }
}
