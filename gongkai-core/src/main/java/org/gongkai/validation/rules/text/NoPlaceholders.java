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

/** No template placeholder is left in the text: XX, ××, 某某, TBD, N/A, {单位}, 待填写, (略), ………. */
public final class NoPlaceholders extends AbstractRule {

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "XX|ＸＸ|××|xx年|某某|TBD|N/A|\\{[^}]{0,12}\\}|待填写|请填写|待补充|[（(]略[)）]|…{3,}|\\.{4,}|。{3,}");

    public NoPlaceholders() {
        super(new RuleInfo("no-placeholders", Category.TEXT, Severity.ERROR,
                "财预〔2016〕143号：公开内容应完整、准确",
                "文中没有残留的模板占位符",
                "No template placeholder is left in the text",
                "“XX单位2020年预算收入XX万元”"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Texts.Prose at : Texts.prose(d, context)) {
            if (!at.has(Texts.HAS_PLACEHOLDER_CHAR) && !at.has(Texts.HAS_LONG_RUN)) {
                continue;
            }
            Matcher m = PLACEHOLDER.matcher(at.text());
            while (m.find()) {
                findings.add(finding(at.pointer(), m.group(),
                        "文中残留占位符“" + m.group() + "”（" + Texts.excerpt(at.text(), m.start(), m.end()) + "）",
                        "a placeholder '" + m.group() + "' is left in the text"));
            }
        }
        return findings;
    }
}
