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
 * No sentence of the template is left unfinished: a reason announced and not given (“主要原因是。”),
 * both directions of the template left in (“增加（减少）”, “增长（降低）”), the template's instructions
 * left in brackets (“（按“…表”中实际发生经济分类支出事项填写）”, “（填写内容）”), an amount without its figure
 * (“支出预算支出万元”). Placeholders (XX, ××) are no-placeholders'.
 */
public final class NoUnfinishedSentences extends AbstractRule {

    private static final Pattern UNFINISHED = Pattern.compile(
            "(?:增加|增长|上升)[（(](?:减少|下降|降低)[)）]"
            + "|(?:增加|减少)[/／](?:增加|减少)"
            + "|[（(][^（()）。]{0,60}?(?:填写|填列|请填|请按|请根据)[^（()）。]{0,20}?[)）]");
    private static final String[] KEYS = {"减少）", "减少)", "下降）", "下降)", "降低）", "降低)", "/", "／", "填写", "填列", "请填", "请按", "请根据"};

    public NoUnfinishedSentences() {
        super(new RuleInfo("no-unfinished-sentences", Category.TEXT, Severity.ERROR,
                "财预〔2016〕143号：公开内容应完整、准确",
                "文中没有未完成的模板语句：原因未填写、“增加（减少）”并列、括号内的填写说明、缺少数字的金额",
                "No template sentence is left unfinished: a reason announced and not given, 增加（减少）, a bracketed instruction, an amount without its figure",
                "政府性基金收入预算0万元，与上年相比增加（减少）0万元，增长（减少）0%。",
                "政府性基金收入预算0万元，与上年数一致，本部门无此项收入。"));
    }

    private Finding report(Texts.Prose at, String t, int start, int end) {
        String found = t.substring(start, end);
        return finding(at.pointer(), found, "未完成的模板语句“" + found + "”（" + Wording.around(t, start, end) + "）",
                "an unfinished template sentence '" + found + "'");
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        List<Texts.Prose> prose = Texts.prose(d, context);
        Wording.Flats flats = Wording.flats(d, context);
        for (int index = 0; index < prose.size(); index++) {
            Texts.Prose at = prose.get(index);
            if (!at.has(Texts.HAS_TEMPLATE_WORDING) && !at.has(Texts.HAS_EMPTY_ANNOUNCEMENT) && !at.has(Texts.HAS_MISSING_FIGURE)) {
                continue;
            }
            String t = flats.get(index);
            for (int[] sentence : at.has(Texts.HAS_TEMPLATE_WORDING) ? Wording.sentencesWith(t, KEYS) : List.<int[]>of()) {
                Matcher m = UNFINISHED.matcher(t).region(sentence[0], sentence[1]);
                while (m.find()) {
                    findings.add(report(at, t, m.start(), m.end()));
                }
            }
            // a reason or a use announced and not given: 主要原因是。 主要用于。
            for (String lead : at.has(Texts.HAS_EMPTY_ANNOUNCEMENT) ? new String[] {"原因", "主要用于"} : new String[0]) {
                int i = t.indexOf(lead);
                while (i >= 0) {
                    int j = i + lead.length();
                    if (lead.equals("原因") && j < t.length() && "是为".indexOf(t.charAt(j)) >= 0) {
                        j++;
                    } else if (lead.equals("原因") && t.startsWith("如下", j)) {
                        j += 2;
                    }
                    if (j < t.length() && "：:".indexOf(t.charAt(j)) >= 0) {
                        j++;
                    }
                    if (j < t.length() && "。；;".indexOf(t.charAt(j)) >= 0) {
                        findings.add(report(at, t, i, j + 1));
                    }
                    i = t.indexOf(lead, i + 1);
                }
            }
            // an amount without its figure: 支出万元, 为万元 (单位为万元 is the unit)
            int w = at.has(Texts.HAS_MISSING_FIGURE) ? t.indexOf("万元") : -1;
            while (w > 0) {
                char before = t.charAt(w - 1);
                if ("出入算计".indexOf(before) >= 0 && w >= 2 && "支收预合总".indexOf(t.charAt(w - 2)) >= 0
                        || before == '为' && !(w >= 3 && t.startsWith("单位", w - 3))) {
                    findings.add(report(at, t, w - (before == '为' ? 1 : 2), w + 2));
                }
                w = t.indexOf("万元", w + 2);
            }
        }
        return findings;
    }
}
