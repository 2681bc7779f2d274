package org.gongkai.validation.rules.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    private static final String[] LEADS = {"包括", "包含", "主要有", "用于", "其中"};
    /** Words that join the last item to the list, left out before items are compared. */
    private static final String[] JOINTS = {"以及", "和", "及"};

    public ListItemsAreNotRepeated() {
        super(new RuleInfo("list-items-are-not-repeated", Category.TEXT, Severity.WARNING,
                "公开内容应简明准确，避免重复",
                "列举中的每一项只出现一次",
                "An enumeration names each item once",
                "人员经费主要包括：基本工资、津贴补贴、奖金、社会保障缴费、离休费、退休费、医疗费、奖金、住房公积金",
                "人员经费主要包括：基本工资、津贴补贴、奖金、社会保障缴费、离休费、退休费、医疗费、奖励金、住房公积金"));
    }

    /** An enumeration in a clause: from its lead word (包括, 其中 …) to the next colon or the clause's end. */
    private void list(Texts.Prose at, String t, int from, int to, List<Finding> findings) {
        int lead = -1;
        int leadLength = 0;
        for (int k = from; k < to && lead < 0; k++) {
            char c = t.charAt(k);
            if (c != '包' && c != '主' && c != '用' && c != '其') {
                continue; // most characters start no lead word: compare the words only where one may start
            }
            for (String l : LEADS) {
                if (t.startsWith(l, k)) {
                    lead = k;
                    leadLength = l.length();
                    break;
                }
            }
        }
        if (lead < 0) {
            return;
        }
        int start = lead + leadLength;
        if (start < to && (t.charAt(start) == '：' || t.charAt(start) == ':')) {
            start++;
        }
        int end = start;
        while (end < to && t.charAt(end) != '：' && t.charAt(end) != ':') {
            end++;
        }
        List<String> items = items(t, start, end);
        if (items.size() < 3) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String item : items) {
            String k = strip(item);
            if (k.length() >= 2 && k.length() <= 16 && !hasDigit(k) && !seen.add(k)) {
                findings.add(finding(at.pointer(), k,
                        "列举中“" + k + "”出现两次（" + Wording.around(t, start, end) + "）",
                        "the list names '" + k + "' twice"));
            }
        }
    }

    /** The items between 、 ， and , (as a split on them gives: trailing empty items left out). */
    static List<String> items(String t, int start, int end) {
        List<String> items = new ArrayList<>();
        int from = start;
        for (int k = start; k <= end; k++) {
            if (k == end || t.charAt(k) == '、' || t.charAt(k) == '，' || t.charAt(k) == ',') {
                items.add(t.substring(from, k));
                from = k + 1;
            }
        }
        while (!items.isEmpty() && items.get(items.size() - 1).isEmpty()) {
            items.remove(items.size() - 1);
        }
        return items;
    }

    private static String strip(String item) {
        String k = item;
        for (String joint : JOINTS) {
            if (k.startsWith(joint)) {
                k = k.substring(joint.length());
            }
        }
        return k.endsWith("等") ? k.substring(0, k.length() - 1) : k;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        Wording.eachProse(d, context, at -> at.has(Texts.HAS_LIST_COMMA), (at, t) -> {
            // clause by clause (。 and ； end one), looking only at those with two 、 or more
            int clause = 0;
            int stop = t.indexOf('。');
            int semicolon = t.indexOf('；');
            int first = t.indexOf('、');
            while (clause < t.length()) {
                if (stop >= 0 && stop < clause) {
                    stop = t.indexOf('。', clause);
                }
                if (semicolon >= 0 && semicolon < clause) {
                    semicolon = t.indexOf('；', clause);
                }
                int end = Math.min(stop < 0 ? t.length() : stop, semicolon < 0 ? t.length() : semicolon);
                if (first >= 0 && first < clause) {
                    first = t.indexOf('、', clause);
                }
                if (first < 0) {
                    break;
                }
                if (first < end) {
                    int second = t.indexOf('、', first + 1);
                    if (second >= 0 && second < end) {
                        list(at, t, clause, end, findings);
                    }
                }
                clause = end + 1;
            }
        });
        return findings;
    }
}
