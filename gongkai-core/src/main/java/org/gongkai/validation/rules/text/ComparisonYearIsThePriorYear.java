package org.gongkai.validation.rules.text;

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
 * The years the text names fit the fiscal year: a budget compares with the year before (“比2024年预算”
 * in a 2025 budget; a 决算 also with its own year's budget); a position “截至/截止 Y年M月D日” in a budget
 * is dated in the year before or the fiscal year itself (Shanghai states its assets at 31 August of
 * the year before, Hebei at 31 December); a heading “Y年部门预算编制说明” names the fiscal year.
 * Cited documents (《…》) and document numbers (〔2019〕) are not the document's own years.
 */
public final class ComparisonYearIsThePriorYear extends AbstractRule {

    private static final Pattern COMPARISON = Pattern.compile("(?:比|较|与|同)(\\d{4})年(?:度)?(?:当年)?(?:部门|单位)?"
            + "(?:预算|决算|执行数|预算执行数|相比|比较|同期|增加|减少|持平|数)");
    private static final Pattern AS_OF = Pattern.compile("截[至止](?:时间[：:])?(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern HEADING = Pattern.compile("(\\d{4})年(?:度)?(?:部门|单位)(?:预算|决算)(?:编制说明|情况说明)");
    private static final Pattern CITED = Pattern.compile("《[^》]*》|[〔【\\[（(]\\d{4}[〕】\\]）)]");

    public ComparisonYearIsThePriorYear() {
        super(new RuleInfo("comparison-year-is-the-prior-year", Category.TEXT, Severity.ERROR,
                "财预〔2016〕143号：说明与上年相比的增减变化；公开内容应准确",
                "文中比较的年份是上一年度，截至日期和说明标题的年份与预算年度相符",
                "The year a budget compares with is the year before; dates of position and headings fit the fiscal year",
                "2025年预算：“财政拨款收入17,192万元，比2023年预算减少990万元”",
                "2025年预算：“财政拨款收入17,192万元，比2024年预算减少990万元”；“截至2024年8月31日，共有车辆0辆”"));
    }

    /** The four digits from a position as a year (any digits {@link #digits} accepts, as Integer.parseInt reads them). */
    private static int year(String t, int from) {
        int y = 0;
        for (int k = from; k < from + 4; k++) {
            y = 10 * y + Character.digit(t.charAt(k), 10);
        }
        return y;
    }

    private static boolean digits(String t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        int year = d.fiscalYear();
        boolean finalAccounts = d.document().kind().isFinalAccounts();
        List<Finding> findings = new ArrayList<>();
        List<Texts.Prose> prose = Texts.prose(d, context);
        Wording.Flats flats = Wording.flats(d, context);
        for (int index = 0; index < prose.size(); index++) {
            Texts.Prose at = prose.get(index);
            if (!at.has(Texts.HAS_YEAR) || at.field().equals("title")) {
                continue;
            }
            String t = flats.get(index);
            if (t.indexOf('《') >= 0 || t.indexOf('〔') >= 0 || t.indexOf('【') >= 0 || t.indexOf('[') >= 0) {
                t = CITED.matcher(t).replaceAll("《》");
            }
            // every 年 after four digits: a comparison, a date of position, or a heading
            for (int i = t.indexOf('年'); i >= 0; i = t.indexOf('年', i + 1)) {
                if (i < 4 || !digits(t, i - 4, i)) {
                    continue;
                }
                int y = year(t, i - 4);
                char before = i >= 5 ? t.charAt(i - 5) : 0;
                if ("比较与同".indexOf(before) >= 0 && before != 0) {
                    Matcher m = COMPARISON.matcher(t).region(i - 5, Math.min(t.length(), i + 14));
                    if (m.lookingAt() && y != year - 1 && !(finalAccounts && y == year)) {
                        findings.add(finding(at.pointer(), m.group(),
                                year + "年" + d.document().kind().label() + "与" + y + "年比较，应与" + (year - 1) + "年比较（"
                                        + Wording.around(t, m.start(), m.end()) + "）",
                                "a " + year + " document compares with " + y + " instead of " + (year - 1)));
                    }
                }
                int asOf = -1;
                for (int k = Math.max(0, i - 9); k <= i - 6 && asOf < 0; k++) {
                    if (t.startsWith("截至", k) || t.startsWith("截止", k)) {
                        asOf = k;
                    }
                }
                if (!finalAccounts && asOf >= 0) {
                    Matcher m = AS_OF.matcher(t).region(asOf, Math.min(t.length(), i + 7));
                    if (m.lookingAt() && y != year - 1 && y != year) {
                        findings.add(finding(at.pointer(), m.group(),
                                year + "年预算所述情况截至" + y + "年，应为" + (year - 1) + "年或" + year + "年的日期（"
                                        + Wording.around(t, m.start(), m.end()) + "）",
                                "a " + year + " budget states a position as of " + y));
                    }
                }
                if (y != year) {
                    Matcher m = HEADING.matcher(t).region(i - 4, Math.min(t.length(), i + 12));
                    if (m.lookingAt()) {
                        findings.add(finding(at.pointer(), m.group(),
                                year + "年文档中的说明标题写作“" + m.group() + "”", "a " + year + " document's heading names " + y));
                    }
                }
            }
        }
        return findings;
    }
}
