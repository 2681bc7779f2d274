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
 * No punctuation mark is doubled or followed by another that ends the same pause (“。。”, “，，”, “，。”,
 * “；。”, “、、”): a sign of an edit left half done. Ellipses (……) and dashes (——) are single marks.
 */
public final class NoDoubledPunctuation extends AbstractRule {

    private static final Pattern DOUBLED = Pattern.compile("[。，、；：][。，、；]");

    public NoDoubledPunctuation() {
        super(new RuleInfo("no-doubled-punctuation", Category.TEXT, Severity.WARNING,
                "GB/T 15834《标点符号用法》",
                "文中没有重复或连用的点号（。。，，，。；。、、）",
                "No punctuation mark is doubled (。。 ，， ，。 ；。 、、)",
                "“退休人员工资由社保部门统一发放，减少了该项支出。。”",
                "“退休人员工资由社保部门统一发放，减少了该项支出。”"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        List<Texts.Prose> prose = Texts.prose(d, context);
        List<String> flats = Wording.flats(d, context);
        for (int index = 0; index < prose.size(); index++) {
            Texts.Prose at = prose.get(index);
            String raw = at.text();
            if (raw.indexOf('。') < 0 && raw.indexOf('，') < 0 && raw.indexOf('、') < 0 && raw.indexOf('；') < 0) {
                continue;
            }
            String t = flats.get(index);
            Matcher m = DOUBLED.matcher(t);
            while (m.find()) {
                findings.add(finding(at.pointer(), m.group(),
                        "标点重复“" + m.group() + "”（" + Wording.around(t, m.start(), m.end()) + "）",
                        "doubled punctuation '" + m.group() + "'"));
            }
        }
        return findings;
    }
}
