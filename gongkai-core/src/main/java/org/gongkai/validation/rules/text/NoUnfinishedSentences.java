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
            "(?:原因(?:是|为|如下)?|主要用于)[：:]?[。；;]"
            + "|(?:增加|增长|上升)[（(](?:减少|下降|降低)[)）]"
            + "|(?:增加|减少)[/／](?:增加|减少)"
            + "|[（(][^（()）。]{0,60}?(?:填写|填列|请填|请按|请根据)[^（()）。]{0,20}?[)）]"
            + "|(?:支出|收入|预算|合计|总计|(?<!单位)为)万元");

    public NoUnfinishedSentences() {
        super(new RuleInfo("no-unfinished-sentences", Category.TEXT, Severity.ERROR,
                "财预〔2016〕143号：公开内容应完整、准确",
                "文中没有未完成的模板语句：原因未填写、“增加（减少）”并列、括号内的填写说明、缺少数字的金额",
                "No template sentence is left unfinished: a reason announced and not given, 增加（减少）, a bracketed instruction, an amount without its figure",
                "政府性基金收入预算0万元，与上年相比增加（减少）0万元，增长（减少）0%。",
                "政府性基金收入预算0万元，与上年数一致，本部门无此项收入。"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        List<Texts.Prose> prose = Texts.prose(d, context);
        List<String> flats = Wording.flats(d, context);
        for (int index = 0; index < prose.size(); index++) {
            Texts.Prose at = prose.get(index);
            String raw = at.text();
            if (raw.indexOf('原') < 0 && raw.indexOf('用') < 0 && raw.indexOf('（') < 0 && raw.indexOf('(') < 0
                    && raw.indexOf('/') < 0 && raw.indexOf('／') < 0 && raw.indexOf('万') < 0) {
                continue;
            }
            String t = flats.get(index);
            Matcher m = UNFINISHED.matcher(t);
            while (m.find()) {
                findings.add(finding(at.pointer(), m.group(),
                        "未完成的模板语句“" + m.group() + "”（" + Wording.around(t, m.start(), m.end()) + "）",
                        "an unfinished template sentence '" + m.group() + "'"));
            }
        }
        return findings;
    }
}
