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
import org.gongkai.validation.ModelWalk;
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
                && !pointer.matches("/performance/dutyGoals/\\d+/duty")
                && !pointer.matches("/performance/projects/\\d+/indicators/.*")
                && !pointer.endsWith("/note")
                && !pointer.endsWith("/name")
                && !pointer.endsWith("/term")
                && !pointer.startsWith("/tables/");
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        Map<String, String> firstSeen = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (ModelWalk.At<String> at : Texts.prose(d)) {
            if (!isProse(at.pointer())) {
                continue;
            }
            for (String sentence : at.value().split("[。；;！？\\n]")) {
                String s = sentence.replaceAll("\\s", "").replaceAll("^[0-9一二三四五六七八九十]+[、.．]", "");
                if (s.length() < MIN_LENGTH) {
                    continue;
                }
                String before = firstSeen.putIfAbsent(s, at.pointer());
                if (before != null && !before.equals(at.pointer())) {
                    findings.add(finding(at.pointer(), s,
                            "句子“" + s + "”已在 " + before + " 出现",
                            "the sentence '" + s + "' also stands at " + before));
                }
            }
        }
        return findings;
    }
}
