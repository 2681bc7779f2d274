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

/** No word of two to four characters stands twice in a row (预算预算, 财政拨款财政拨款). */
public final class NoDoubledWords extends AbstractRule {

    private static final Pattern DOUBLED = Pattern.compile("(\\p{IsHan}{2,4})\\1");

    public NoDoubledWords() {
        super(new RuleInfo("no-doubled-words", Category.TEXT, Severity.WARNING,
                "公文校对规范：不得出现重复字词",
                "文中没有连续重复的词语",
                "No word stands twice in a row",
                "“2020年预算预算收入”"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ModelWalk.At<String> at : Texts.prose(d)) {
            Matcher m = DOUBLED.matcher(at.value());
            while (m.find()) {
                findings.add(finding(at.pointer(), m.group(),
                        "词语重复：“" + m.group() + "”（" + Texts.excerpt(at.value(), m.start(), m.end()) + "）",
                        "a doubled word: '" + m.group() + "'"));
            }
        }
        return findings;
    }
}
