package org.gongkai.validation.rules.text;

import java.util.ArrayList;
import java.util.List;
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
        Wording.eachProse(d, context, at -> at.has(Texts.HAS_DOUBLED_PUNCTUATION), (at, t) -> {
            for (int i = 0; i + 1 < t.length(); i++) {
                if ("。，、；：".indexOf(t.charAt(i)) >= 0 && "。，、；".indexOf(t.charAt(i + 1)) >= 0) {
                    String doubled = t.substring(i, i + 2);
                    findings.add(finding(at.pointer(), doubled,
                            "标点重复“" + doubled + "”（" + Wording.around(t, i, i + 2) + "）",
                            "doubled punctuation '" + doubled + "'"));
                    i++;
                }
            }
        });
        return findings;
    }
}
