package org.gongkai.validation.rules.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The same amount is stated alike wherever the text states it, at the rounding each statement is
 * written to: this year's 因公出国（境）费, 公务用车 costs, 公务接待费, 会议费, 培训费 and 机关运行经费;
 * and within one item, its heading amount and “…年预算安排A万元” (Shanghai's
 * per-科目 sentences). Last year's amounts (上年, 比/较/与…) are not this year's and are left out.
 */
public final class SameFigureStatedAlike extends AbstractRule {

    private static final Pattern LABELLED = Pattern.compile(
            "(因公出国（境）费|公务用车购置及运行(?:维护)?费|公务用车运行(?:维护)?费|公务用车购置费|公务接待费|会议费|培训费|机关运行经费)"
            + "(?:预算|支出|数|为|合计|安排|共计|总额)*(\\d+(?:\\.\\d+)?)万元");
    private static final Pattern CLAUSE_END = Pattern.compile("[。；;]");
    private static final Pattern AGAINST_A_YEAR = Pattern.compile(".*(比|较|与)\\d{4}年.*");
    private static final String[] LABELS = {"因公出国（境）费", "公务用车", "公务接待费", "会议费", "培训费", "机关运行经费"};
    private static final Pattern HEADED_ITEM = Pattern.compile("(（项）|”)”?(\\d+(?:\\.\\d+)?)万元[，,][^。]{0,80}?。?[^。]{0,60}?\\d{4}年(?:预算)?安排(\\d+(?:\\.\\d+)?)万元");

    public SameFigureStatedAlike() {
        super(new RuleInfo("same-figure-stated-alike", Category.CONSISTENCY, Severity.ERROR,
                "预算法 §14；公开内容应真实、准确，同一数据前后一致",
                "同一金额在文中各处表述一致（按各自的取整位数）",
                "The same amount is stated alike wherever the text states it, at the rounding each is written to",
                "“…住房公积金（项）”350.35万元……2023年当年预算执行数为348.52万元，2024年预算安排352.67万元",
                "“…住房公积金（项）”350.35万元……2023年当年预算执行数为348.52万元，2024年预算安排350.35万元"));
    }

    /** A labelled figure and where it stands (its pointer is spelled only for a finding). */
    private record Stated(Texts.Prose at, String value, String excerpt) {}

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        if (d.document().kind().isFinalAccounts()) {
            return none(); // a 决算 states 预算数 and 决算数 of the same item
        }
        List<Finding> findings = new ArrayList<>();
        Map<String, Stated> first = new LinkedHashMap<>();
        List<Texts.Prose> prose = Texts.prose(d, context);
        Wording.Flats flats = Wording.flats(d, context);
        for (int index = 0; index < prose.size(); index++) {
            Texts.Prose at = prose.get(index);
            if (!at.has(Texts.HAS_WAN)) {
                continue;
            }
            String t = flats.get(index);
            for (int[] sentence : Wording.sentencesWith(t, LABELS)) {
              for (String clause : CLAUSE_END.split(t.substring(sentence[0], sentence[1]))) {
                Matcher m = LABELLED.matcher(clause);
                while (m.find()) {
                    String before = clause.substring(Math.max(0, m.start() - 12), m.start());
                    if (before.contains("上年") || before.contains("去年") || AGAINST_A_YEAR.matcher(before).matches()
                            || clause.substring(m.end()).startsWith("以上") || clause.substring(m.end()).startsWith("以下")) {
                        continue;
                    }
                    String label = m.group(1).replace("维护", "").replace("支出预算", "预算").replace("总额", "");
                    Stated now = new Stated(at, m.group(2), Wording.around(clause, m.start(), m.end()));
                    Stated earlier = first.putIfAbsent(label, now);
                    if (earlier != null && !agree(earlier.value(), now.value())) {
                        findings.add(finding(now.at().pointer(), label,
                                label + "前文为" + earlier.value() + "万元（" + earlier.excerpt() + "），此处为" + now.value()
                                        + "万元（" + now.excerpt() + "）",
                                label + " is stated as " + earlier.value() + " and as " + now.value()));
                    }
                }
              }
            }
            Matcher h = HEADED_ITEM.matcher(t);
            int reported = -1;
            for (int k = t.indexOf("安排"); k >= 0; k = t.indexOf("安排", k + 2)) {
                int from = Math.max(0, k - 220);
                int to = Math.min(t.length(), k + 30);
                // a headed item opens with （项） or a closing quote: without one in the region, the pattern, which
                // tries its two spans of up to 80 and 60 characters from every place, is not run
                if (Math.max(t.lastIndexOf('”', to - 1), t.lastIndexOf("（项）", to - 1)) < from) {
                    continue;
                }
                h.region(from, to);
                if (!h.find() || h.start() <= reported) {
                    continue;
                }
                reported = h.start();
                if (!agree(h.group(2), h.group(3))) {
                    findings.add(finding(at.pointer(), h.group(2) + "/" + h.group(3),
                            "同一科目先写" + h.group(2) + "万元，后写预算安排" + h.group(3) + "万元（" + Wording.around(t, h.start(), h.end()) + "）",
                            "the same line is stated as " + h.group(2) + " and as " + h.group(3)));
                }
            }
        }
        return findings;
    }

    /** Two statements agree when the intervals their rounding stands for overlap. */
    private static boolean agree(String a, String b) {
        BigDecimal x = new BigDecimal(a);
        BigDecimal y = new BigDecimal(b);
        return x.subtract(y).abs().compareTo(Wording.half(a).add(Wording.half(b))) <= 0;
    }
}
