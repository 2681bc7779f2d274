package org.gongkai.validation.rules.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * An enumeration (“主要包括：基本工资、津贴补贴、奖金……”) names each item once: an item printed twice
 * in the same list is a slip of copying.
 */
public final class ListItemsAreNotRepeated extends AbstractRule {

    private static final Pattern LIST = Pattern.compile("(?:包括|包含|主要有|用于|其中)[：:]?([^。；：:]{4,400})");

    public ListItemsAreNotRepeated() {
        super(new RuleInfo("list-items-are-not-repeated", Category.TEXT, Severity.WARNING,
                "公开内容应简明准确，避免重复",
                "列举中的每一项只出现一次",
                "An enumeration names each item once",
                "人员经费主要包括：基本工资、津贴补贴、奖金、社会保障缴费、离休费、退休费、医疗费、奖金、住房公积金",
                "人员经费主要包括：基本工资、津贴补贴、奖金、社会保障缴费、离休费、退休费、医疗费、奖励金、住房公积金"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        List<Texts.Prose> prose = Texts.prose(d, context);
        List<String> flats = Wording.flats(d, context);
        for (int index = 0; index < prose.size(); index++) {
            Texts.Prose at = prose.get(index);
            String raw = at.text();
            if (raw.indexOf('、') < 0) {
                continue;
            }
            String t = flats.get(index);
            Matcher m = LIST.matcher(t);
            while (m.find()) {
                String[] items = m.group(1).split("[、，,]");
                if (items.length < 3) {
                    continue;
                }
                Set<String> seen = new HashSet<>();
                for (String item : items) {
                    String k = item.replaceAll("^(和|及|以及|等)|等$", "");
                    if (k.length() >= 2 && k.length() <= 16 && !k.matches(".*\\d.*") && !seen.add(k)) {
                        findings.add(finding(at.pointer(), k,
                                "列举中“" + k + "”出现两次（" + Wording.around(t, m.start(), m.end()) + "）",
                                "the list names '" + k + "' twice"));
                    }
                }
            }
        }
        return findings;
    }
}
