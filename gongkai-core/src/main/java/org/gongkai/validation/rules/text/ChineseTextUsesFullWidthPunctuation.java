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
import org.gongkai.validation.ModelWalk;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/** In Chinese text a comma, semicolon or colon after a Chinese character is full-width (，；：). */
public final class ChineseTextUsesFullWidthPunctuation extends AbstractRule {

    private static final Pattern HALF_WIDTH = Pattern.compile("(?<=\\p{IsHan})[,;:](?=\\p{IsHan}|[0-9])");

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
        for (ModelWalk.At<String> at : Texts.prose(d)) {
            Matcher m = HALF_WIDTH.matcher(at.value());
            while (m.find()) {
                findings.add(finding(at.pointer(), m.group(),
                        "中文句子中使用了半角“" + m.group() + "”（" + Texts.excerpt(at.value(), m.start(), m.end()) + "）",
                        "a half-width '" + m.group() + "' in Chinese text"));
            }
        }
        return findings;
    }
}
