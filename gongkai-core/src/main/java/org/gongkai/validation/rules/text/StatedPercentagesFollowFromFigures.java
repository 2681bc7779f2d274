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
 * A percentage the text states follows from the figures it states beside it, at the rounding they
 * are written to: a change (“A万元，比上年增加B万元，增长C%”, C = B ÷ last year), a change against
 * last year's amount (“上年为P万元，本年安排A万元，比上年增加C%”), and a share (“合计T万元，其中：… A万元，
 * 占C%”, “A万元，占W万元的C%”, and the three “三公” items “占“三公”经费的C%”, whose whole is their sum).
 * Shares of one whole written to add up to exactly 100% may each be off by one last digit (the
 * practice of balancing the rounding in one of them).
 * A final accounts' shares are checked on their structured figures (shares-agree-with-amounts).
 */
public final class StatedPercentagesFollowFromFigures extends AbstractRule {

    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    /** A sentence's last amount before a change of B万元 and a rate of C%. */
    private static final Pattern CHANGE = Pattern.compile(NUM + "万元[^。；%万]{0,40}?(增加|减少|增长|下降|上升|降低)"
            + NUM + "万元[，,、]?(?:同比)?(增长|下降|上升|减少|增加|降低)" + NUM + "%");
    /** Last year's amount, this year's, and the rate between them. */
    private static final Pattern AGAINST_PRIOR = Pattern.compile("为" + NUM + "万元[，,]\\d{4}年(?:预算)?安排" + NUM
            + "万元[，,](?:比|较)[^，。；]{0,16}?(增加|减少|增长|下降)" + NUM + "%");
    private static final Pattern WHOLE_THEN_PARTS = Pattern.compile("(?:合计|总计|总额|共计|预算|支出|收入)(?:为)?" + NUM
            + "万元[，,。]?其中[：:，,]?");
    private static final Pattern PART_SHARE = Pattern.compile(NUM + "万元[，,]?占(?:比)?(?:为)?" + NUM + "%");
    private static final Pattern EXPLICIT = Pattern.compile(NUM + "万元[，,]?占[^0-9。；%]{0,24}?" + NUM + "万元的(?:比[重例])?" + NUM + "%");
    private static final Pattern THREE_PUBLIC = Pattern.compile("(因公出国（境）费|公务用车[^0-9，。；]{0,10}?费|公务接待费)[^0-9，。；]{0,6}?"
            + NUM + "万元[，,]占“三公”经费的" + NUM + "%");

    public StatedPercentagesFollowFromFigures() {
        super(new RuleInfo("stated-percentages-follow-from-figures", Category.CONSISTENCY, Severity.ERROR,
                "财预〔2016〕143号：公开数据真实准确；百分比按所列金额及其取整位数计算",
                "文中所述百分比（增长x%、下降x%、占x%）与同处所列金额按其取整位数计算的结果一致",
                "A percentage stated in the text (a change, a share) follows from the figures stated beside it, at their rounding",
                "机关运行经费1115.85万元，与上年相比减少2233.13万元，下降66.69%（应为66.68%）",
                "机关运行经费1115.85万元，与上年相比减少2233.13万元，下降66.68%"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        if (d.document().kind() != null && d.document().kind().isFinalAccounts()) {
            return none();
        }
        List<Finding> findings = new ArrayList<>();
        List<Texts.Prose> prose = Texts.prose(d, context);
        Wording.Flats flats = Wording.flats(d, context);
        for (int index = 0; index < prose.size(); index++) {
            Texts.Prose at = prose.get(index);
            if (!at.has(Texts.HAS_PERCENT)) {
                continue;
            }
            String t = flats.get(index);
            if (t.indexOf("万元") < 0) {
                continue;
            }
            for (int[] at2 : Wording.sentencesWith(t, "%")) {
                String sentence = t.substring(at2[0], at2[1]);
                if (sentence.indexOf("万元") < 0) {
                    continue;
                }
                if (sentence.indexOf('增') >= 0 || sentence.indexOf('减') >= 0 || sentence.indexOf('降') >= 0
                        || sentence.indexOf('升') >= 0) {
                    changes(at, sentence, findings);
                    if (sentence.indexOf("安排") >= 0) {
                        againstPrior(at, sentence, findings);
                    }
                }
                shares(at, sentence, findings);
            }
        }
        return findings;
    }

    private void changes(Texts.Prose at, String s, List<Finding> findings) {
        Matcher m = CHANGE.matcher(s);
        while (m.find()) {
            String a = m.group(1);
            String b = m.group(3);
            String c = m.group(5);
            BigDecimal amount = new BigDecimal(a);
            BigDecimal change = new BigDecimal(b);
            BigDecimal slack = Wording.half(a).add(Wording.half(b));
            boolean fits = false;
            // the amount before the change is this year's (last year = A ∓ B), or last year's itself
            for (BigDecimal prior : List.of(amount.subtract(change), amount.add(change), amount)) {
                if (prior.signum() > 0 && Wording.fits(change.subtract(Wording.half(b)), change.add(Wording.half(b)),
                        prior.subtract(slack), prior.add(slack), c)) {
                    fits = true;
                }
            }
            if (!fits) {
                findings.add(report(at, s, m, c + "%", "由所列金额" + a + "万元与增减额" + b + "万元算得的变动率不是" + c + "%",
                        "the rate " + c + "% does not follow from " + a + " and the change " + b));
            }
        }
    }

    private void againstPrior(Texts.Prose at, String s, List<Finding> findings) {
        Matcher m = AGAINST_PRIOR.matcher(s);
        while (m.find()) {
            BigDecimal prior = new BigDecimal(m.group(1));
            BigDecimal now = new BigDecimal(m.group(2));
            if (prior.signum() == 0) {
                continue; // a rate from nothing: stated-change-is-possible
            }
            BigDecimal hp = Wording.half(m.group(1));
            BigDecimal hn = Wording.half(m.group(2));
            BigDecimal diff = now.subtract(prior).abs();
            if (!Wording.fits(diff.subtract(hp).subtract(hn), diff.add(hp).add(hn), prior.subtract(hp), prior.add(hp), m.group(4))) {
                findings.add(report(at, s, m, m.group(4) + "%", "上年" + m.group(1) + "万元、本年" + m.group(2) + "万元，变动率不是" + m.group(4) + "%",
                        "from " + m.group(1) + " to " + m.group(2) + " is not a change of " + m.group(4) + "%"));
            }
        }
    }

    private void shares(Texts.Prose at, String s, List<Finding> findings) {
        if (s.indexOf('占') < 0) {
            return;
        }
        Matcher e = EXPLICIT.matcher(s);
        while (e.find()) {
            if (!Wording.shareFits(e.group(1), e.group(2), e.group(3))) {
                findings.add(report(at, s, e, e.group(3) + "%", e.group(1) + "万元占" + e.group(2) + "万元的比重不是" + e.group(3) + "%",
                        e.group(1) + " of " + e.group(2) + " is not " + e.group(3) + "%"));
            }
        }
        Matcher w = WHOLE_THEN_PARTS.matcher(s);
        List<int[]> wholes = new ArrayList<>();
        while (w.find()) {
            wholes.add(new int[] {w.start(1), w.end(1), w.end()});
        }
        for (int g = 0; g < wholes.size(); g++) {
            // the parts of a whole run up to the next whole the sentence states
            String whole = s.substring(wholes.get(g)[0], wholes.get(g)[1]);
            int end = g + 1 < wholes.size() ? wholes.get(g + 1)[0] : s.length();
            Matcher p = PART_SHARE.matcher(s);
            p.region(wholes.get(g)[2], end);
            List<String[]> parts = new ArrayList<>();
            List<int[]> at2 = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            while (p.find()) {
                parts.add(new String[] {p.group(1), p.group(2)});
                at2.add(new int[] {p.start(), p.end()});
                sum = sum.add(new BigDecimal(p.group(2)));
            }
            // shares rounded to add up to 100% move one of them by a last digit: allowed, it is practice
            boolean balanced = parts.size() > 1 && sum.compareTo(Wording.HUNDRED) == 0;
            for (int k = 0; k < parts.size(); k++) {
                String[] part = parts.get(k);
                String percent = part[1];
                boolean fits = Wording.shareFits(part[0], whole, percent)
                        || (balanced && (Wording.shareFits(part[0], whole, lastDigit(percent, 1))
                                || Wording.shareFits(part[0], whole, lastDigit(percent, -1))));
                if (new BigDecimal(whole).signum() > 0 && !fits) {
                    findings.add(finding(at.pointer(), percent + "%", part[0] + "万元占合计" + whole + "万元的比重不是" + percent + "%（"
                            + Wording.around(s, at2.get(k)[0], at2.get(k)[1]) + "）",
                            part[0] + " of the total " + whole + " is not " + percent + "%"));
                }
            }
        }
        Matcher tp = THREE_PUBLIC.matcher(s);
        List<String[]> items = new ArrayList<>();
        List<int[]> places = new ArrayList<>();
        while (tp.find()) {
            items.add(new String[] {tp.group(1), tp.group(2), tp.group(3)});
            places.add(new int[] {tp.start(), tp.end()});
        }
        if (items.size() == 3 && items.stream().map(x -> x[0].substring(0, 4)).distinct().count() == 3) {
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal slack = BigDecimal.ZERO;
            for (String[] i : items) {
                sum = sum.add(new BigDecimal(i[1]));
                slack = slack.add(Wording.half(i[1]));
            }
            for (int k = 0; k < 3; k++) {
                String[] i = items.get(k);
                BigDecimal part = new BigDecimal(i[1]);
                if (!Wording.fits(part.subtract(Wording.half(i[1])), part.add(Wording.half(i[1])), sum.subtract(slack), sum.add(slack), i[2])) {
                    findings.add(finding(at.pointer(), i[0] + " " + i[2] + "%",
                            i[0] + i[1] + "万元占“三公”经费（三项之和" + sum.toPlainString() + "万元）的比重不是" + i[2] + "%（"
                                    + Wording.around(s, places.get(k)[0], places.get(k)[1]) + "）",
                            i[0] + " " + i[1] + " is not " + i[2] + "% of the three public expenses (" + sum.toPlainString() + ")"));
                }
            }
        }
    }

    /** A percentage moved by one of its last digits, written to the same digits. */
    private static String lastDigit(String percent, int by) {
        BigDecimal p = new BigDecimal(percent);
        return p.add(BigDecimal.ONE.movePointLeft(Math.max(p.scale(), 0)).multiply(BigDecimal.valueOf(by))).toPlainString();
    }

    private Finding report(Texts.Prose at, String s, Matcher m, String subject, String message, String messageEn) {
        return finding(at.pointer(), subject, message + "（" + Wording.around(s, m.start(), m.end()) + "）", messageEn);
    }
}
