package org.gongkai.validation.rules.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * A long sentence (20 characters or more) is said once: the same sentence in two places is usually
 * a paragraph pasted twice.
 */
public final class NoDuplicatedSentences extends AbstractRule {

    private static final int MIN_LENGTH = 20;


    public NoDuplicatedSentences() {
        super(new RuleInfo("no-duplicated-sentences", Category.TEXT, Severity.INFO,
                "公开内容应简明准确，避免重复段落",
                "较长的句子不在两处重复出现",
                "A long sentence is not said twice",
                "总体绩效目标和保障措施中重复出现“鼓励企业、高校和研究院所参与科技合作与竞争……”"));
    }

    /**
     * Headings and table cells repeat by design (a duty heads its goals, indicator descriptions are
     * shared between projects, an empty table's note repeats the statement); prose does not.
     */
    private static boolean isProse(String pointer) {
        return !pointer.startsWith("/duties/")
                && !(pointer.startsWith("/performance/dutyGoals/") && pointer.endsWith("/duty"))
                && !(pointer.startsWith("/performance/projects/") && pointer.contains("/indicators/"))
                && !pointer.endsWith("/note")
                && !pointer.endsWith("/name")
                && !pointer.endsWith("/term")
                && !pointer.startsWith("/tables/");
    }

    /** Calls back with each sentence of a text long enough to count, without white space or a list number. */
    static void sentences(String text, java.util.function.Consumer<String> each) {
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i == n ? '。' : text.charAt(i);
            if (c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '\n') {
                if (i - start >= MIN_LENGTH) {
                    String s = clean(text, start, i);
                    if (s.length() >= MIN_LENGTH) {
                        each.accept(s);
                    }
                }
                start = i + 1;
            }
        }
    }

    private static String clean(String text, int from, int to) {
        int i = from;
        while (i < to && "0123456789一二三四五六七八九十".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i > from && i < to && "、.．".indexOf(text.charAt(i)) >= 0) {
            from = i + 1;
        }
        boolean space = false;
        for (int k = from; k < to && !space; k++) {
            space = text.charAt(k) <= ' ' || text.charAt(k) == '\u3000';
        }
        if (!space) {
            return text.substring(from, to);
        }
        StringBuilder b = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                b.append(text.charAt(k));
            }
        }
        return b.toString();
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        Map<String, String> firstSeen = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (Texts.Prose at : Texts.prose(d, context)) {
            if (at.text().length() < MIN_LENGTH || !isProse(at.pointer())) {
                continue;
            }
            sentences(at.text(), s -> {
                String before = firstSeen.putIfAbsent(s, at.pointer());
                if (before != null && !before.equals(at.pointer())) {
                    findings.add(finding(at.pointer(), s,
                            "句子“" + s + "”已在 " + before + " 出现",
                            "the sentence '" + s + "' also stands at " + before));
                }
            });
        }
        return findings;
    }
}
