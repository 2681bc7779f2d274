package org.gongkai.validation.rules.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * A list of economic classification lines (人员经费…主要包括：基本工资、津贴补贴、奖金…) names each line as the
 * classification does: an item that is no name of the classification but one character away from one
 * (资金 among 基本工资、津贴补贴 for 奖金) is a slip. A list is taken for such a list when most of its items are
 * names of the classification; items of the department's own wording (公务交通补贴) are left alone.
 */
public final class EconomicItemsAreClassificationNames extends AbstractRule {

    private static final Set<String> NAMES = Texts.table("economic-classification-names.tsv").stream()
            .map(r -> r[1]).collect(Collectors.toUnmodifiableSet());
    private static final String LEAD = "包括";
    /** Items a list must have, at least half of them names of the classification, to be taken for such a list. */
    private static final int FEWEST_ITEMS = 3;

    public EconomicItemsAreClassificationNames() {
        super(new RuleInfo("economic-items-are-classification-names", Category.TEXT, Severity.WARNING,
                "政府收支分类科目（支出经济分类科目名称）",
                "按经济分类列举的人员经费、公用经费等科目名称与支出经济分类科目一致",
                "The economic lines a statement lists are named as the classification names them",
                "人员经费主要包括：基本工资、津贴补贴、资金、绩效工资（应为“奖金”）"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Texts.Prose at : Texts.prose(d, context)) {
            if (!at.has(Texts.HAS_INCLUDING)) {
                continue;
            }
            String text = at.text();
            for (int lead = text.indexOf(LEAD); lead >= 0; lead = text.indexOf(LEAD, lead + LEAD.length())) {
                list(at, text, lead + LEAD.length(), findings);
            }
        }
        return findings;
    }

    /** The list that follows a 包括 at {@code from}: its items up to the end of the clause. */
    private void list(Texts.Prose at, String text, int from, List<Finding> findings) {
        int start = from < text.length() && (text.charAt(from) == '：' || text.charAt(from) == ':') ? from + 1 : from;
        int end = start;
        while (end < text.length() && "。；;，,（(".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String[] items = text.substring(start, end).split("、");
        if (items.length < FEWEST_ITEMS) {
            return;
        }
        int named = 0;
        for (String item : items) {
            named += NAMES.contains(trimmed(item)) ? 1 : 0;
        }
        if (named * 2 < items.length) {
            return;
        }
        int offset = start;
        for (String item : items) {
            String name = trimmed(item);
            if (!NAMES.contains(name)) {
                int at0 = offset;
                nearest(name).ifPresent(right -> findings.add(finding(at.pointer(), name,
                        "“" + name + "”不是支出经济分类科目名称，疑为“" + right + "”（"
                                + Texts.excerpt(text, at0, at0 + item.length()) + "）",
                        "'" + name + "' is no economic classification line; '" + right + "' was probably meant")));
            }
            offset += item.length() + 1;
        }
    }

    /** An item as named, the line breaks of a text extracted line by line taken out. */
    private static String trimmed(String item) {
        String s = item.replace("\n", "").strip();
        return s.endsWith("等") ? s.substring(0, s.length() - 1) : s;
    }

    /** The one name of the classification that differs from the item in a single character, if there is one. */
    private static Optional<String> nearest(String item) {
        String found = null;
        for (String name : NAMES) {
            if (name.length() == item.length() && differences(name, item) == 1) {
                if (found != null) {
                    return Optional.empty(); // two names are as near: no telling which was meant
                }
                found = name;
            }
        }
        return Optional.ofNullable(found);
    }

    private static int differences(String a, String b) {
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            n += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return n;
    }
}
