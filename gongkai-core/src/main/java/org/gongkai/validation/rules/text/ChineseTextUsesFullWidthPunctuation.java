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

/** In Chinese text a comma, semicolon or colon after a Chinese character is full-width (，；：). */
public final class ChineseTextUsesFullWidthPunctuation extends AbstractRule {


    public ChineseTextUsesFullWidthPunctuation() {
        super(new RuleInfo("chinese-text-uses-full-width-punctuation", Category.TEXT, Severity.INFO,
                "GB/T 15834《标点符号用法》",
                "中文句子中使用全角标点（，；：）",
                "Chinese sentences use full-width punctuation",
                "“学（协）会工作,组织开展学术交流”"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Texts.Prose at : Texts.prose(d, context)) {
            if (!at.has(Texts.HAS_HALF_WIDTH_PUNCTUATION)) {
                continue;
            }
            String t = at.text();
            for (int k = 1; k + 1 < t.length(); k++) {
                char c = t.charAt(k);
                if ((c == ',' || c == ';' || c == ':') && Texts.isHan(t.charAt(k - 1))
                        && (Texts.isHan(t.charAt(k + 1)) || Character.isDigit(t.charAt(k + 1)))) {
                    findings.add(finding(at.pointer(), String.valueOf(c),
                            "中文句子中使用了半角“" + c + "”（" + Texts.excerpt(t, k, k + 1) + "）",
                            "a half-width '" + c + "' in Chinese text"));
                }
            }
        }
        return findings;
    }
}
