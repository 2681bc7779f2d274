package org.gongkai.validation.rules.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Indicator;
import org.gongkai.model.IndicatorValue;
import org.gongkai.model.ProjectTarget;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * A number the goal text promises (5000人, 6个, 95%) is taken up by one of the project's indicators.
 * Years, dates, document numbers and list numbering are not promises.
 */
public final class GoalNumbersAppearInIndicators extends AbstractRule {

    private static final Pattern PROMISE = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(%|％|人次|万人次|个|次|人|家|项|件|场|期|户|台|套|篇|所|座|名|万元|元)");

    public GoalNumbersAppearInIndicators() {
        super(new RuleInfo("goal-numbers-appear-in-indicators", Category.PERFORMANCE, Severity.WARNING,
                "财预〔2021〕101号：绩效指标是绩效目标的细化和量化",
                "绩效目标文字中承诺的数字在该项目的指标中有所体现",
                "A number promised in a project's goal text appears among its indicators",
                "目标“受益群众达到5000人以上”，指标只有“受益人口数 ≥2000人”"));
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * The next promise from a position, as {@code find()} would give it, tried only where a run of
     * digits starts: the number a promise begins with runs to the end of its digits, so a promise that
     * cannot start at the head of a run cannot start inside it either, and the pattern is not tried at
     * every character of the text.
     */
    private static boolean promiseFrom(Matcher m, String goal, int from) {
        for (int i = from; i < goal.length(); i++) {
            if (isDigit(goal.charAt(i)) && (i == from || !isDigit(goal.charAt(i - 1)))
                    && m.region(i, goal.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        if (d.performance() == null) {
            return none();
        }
        List<Finding> findings = new ArrayList<>();
        List<ProjectTarget> projects = d.performance().projects();
        for (int p = 0; p < projects.size(); p++) {
            ProjectTarget t = projects.get(p);
            if (t.goal() == null || t.indicators().isEmpty()) {
                continue; // no indicator table printed for the project: nothing to take a promise up
            }
            if (!hasDigit(t.goal())) {
                continue;
            }
            Matcher m = PROMISE.matcher(t.goal());
            for (int from = 0; promiseFrom(m, t.goal(), from); from = m.end()) {
                BigDecimal promised = new BigDecimal(m.group(1));
                boolean taken = false;
                for (Indicator i : t.indicators()) {
                    IndicatorValue v = i.value();
                    taken |= v != null && v.isQuantified() && v.number().compareTo(promised) == 0;
                }
                if (!taken) {
                    String said = m.group(1) + m.group(2);
                    findings.add(finding(Pointer.of("performance", "projects", p, "goal"), t.name(),
                            "项目“" + t.name() + "”的绩效目标提出“" + said + "”，但指标中没有相应的指标值",
                            "project '" + t.name() + "' promises " + said + " in its goal, but no indicator takes it up"));
                }
            }
        }
        return findings;
    }
}
