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

/** Fixed terms are spelled as in the regulations: 上年末, 账户, 机关运行经费 (misspellings.tsv). */
public final class KnownMisspellings extends AbstractRule {

    /**
     * A wrong form, the literals it starts and ends with (both looked for before the pattern runs: 比 alone
     * stands in most texts, 持平 in few), the right form.
     */
    private record Spelling(Pattern wrong, String literal, String ending, String right) {}

    private static final List<Spelling> SPELLINGS = Texts.table("misspellings.tsv").stream()
            .map(r -> new Spelling(Pattern.compile(r[0]), r[0].split("[(\\[.*+?]", 2)[0], ending(r[0]), r[1])).toList();

    private static final String META = "()[]{}.*+?|\\^$";

    /**
     * The plain characters a pattern ends with, which every match ends with: none when the pattern ends in
     * a group, a class or a quantifier, or has an alternative outside any group.
     */
    static String ending(String pattern) {
        int depth = 0;
        for (char c : pattern.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == '|' && depth == 0) {
                return "";
            }
        }
        int start = pattern.length();
        while (start > 0 && META.indexOf(pattern.charAt(start - 1)) < 0) {
            start--;
        }
        return pattern.substring(start);
    }

    public KnownMisspellings() {
        super(new RuleInfo("known-misspellings", Category.TEXT, Severity.WARNING,
                "预算公开固定用语（预算法、操作规程的规范表述）",
                "固定用语书写规范",
                "Fixed terms are spelled as the regulations spell them",
                "“上末固定资产金额”（应为“上年末”）"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Texts.Prose at : Texts.prose(d, context)) {
            if (!at.has(Texts.HAS_MISSPELLING_LEAD)) {
                continue;
            }
            for (Spelling s : SPELLINGS) {
                if (!at.text().contains(s.literal()) || !at.text().contains(s.ending())) {
                    continue;
                }
                Matcher m = s.wrong().matcher(at.text());
                while (m.find()) {
                    findings.add(finding(at.pointer(), m.group(),
                            "“" + m.group() + "”应为“" + s.right() + "”（" + Texts.excerpt(at.text(), m.start(), m.end()) + "）",
                            "'" + m.group() + "' should read '" + s.right() + "'"));
                }
            }
        }
        return findings;
    }
}
