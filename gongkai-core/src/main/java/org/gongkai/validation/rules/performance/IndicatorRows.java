package org.gongkai.validation.rules.performance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Indicator;
import org.gongkai.model.ProjectTarget;
import org.gongkai.model.profile.IndicatorCategory;
import org.gongkai.model.profile.IndicatorFramework;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Pointer;

/** The indicator rows of every project table, with where they stand, and what their words say. */
final class IndicatorRows {

    /**
     * A row, where it stands, its level names without the 指标 suffix (效果指标 → 效果), and what its name says
     * it measures ({@link #isRate}, {@link #isSatisfaction}), told once for every rule that asks.
     */
    record Row(int project, int row, ProjectTarget target, Indicator indicator, String level1, String level2,
            boolean rate, boolean satisfaction) {
        String pointer(String field) {
            return Pointer.of("performance", "projects", project, "indicators", row, field);
        }

        String where() {
            return "项目“" + target.name() + "”指标“" + indicator.name() + "”";
        }

        String whereEn() {
            return "project '" + target.name() + "', indicator '" + indicator.name() + "'";
        }
    }

    /** Units that count things (数量指标 and names that say 数/次数/人数). */
    static final Set<String> COUNT_UNITS = Set.of(
            "个", "次", "人", "人次", "家", "项", "件", "场", "期", "户", "台", "套", "篇", "部", "批", "名", "所", "座",
            "处", "条", "份", "本", "册", "张", "辆", "村", "个次", "场次", "篇次", "万人次", "万人", "千人次", "课时",
            "学时", "天", "小时", "亩", "平方米", "公里", "千米", "米", "吨", "株", "头", "只", "人天", "宗", "台套", "批次");

    static final Set<String> MONEY_UNITS = Set.of("元", "万元", "亿元", "千元", "元/人", "元/亩", "万元/个", "元/次");

    private IndicatorRows() {}

    private static final Object KEY = new Object();

    /** The rows of every project table, gathered once per check. */
    static List<Row> of(Disclosure d, CheckContext context) {
        return context.memo(d, KEY, () -> gather(d));
    }

    private static List<Row> gather(Disclosure d) {
        List<Row> rows = new ArrayList<>();
        if (d.performance() == null) {
            return rows;
        }
        List<ProjectTarget> projects = d.performance().projects();
        // a document names its few levels again on every row: each is made bare once
        Map<String, String> bare = new HashMap<>();
        for (int p = 0; p < projects.size(); p++) {
            List<Indicator> indicators = projects.get(p).indicators();
            for (int r = 0; r < indicators.size(); r++) {
                Indicator i = indicators.get(r);
                rows.add(new Row(p, r, projects.get(p), i, bare.computeIfAbsent(nonNull(i.level1()), IndicatorRows::bare),
                        bare.computeIfAbsent(nonNull(i.level2()), IndicatorRows::bare), isRate(i), isSatisfaction(i)));
            }
        }
        return rows;
    }

    /** The framework's first levels by their bare names and aliases, and each one's bare second levels. */
    record Levels(Map<String, IndicatorCategory> first, Map<String, Set<String>> second) {}

    /** The levels of the framework last asked for: a profile's framework is fixed, so they are made once, not on every check. */
    private static volatile FrameworkLevels last;

    private record FrameworkLevels(IndicatorFramework framework, Levels levels) {}

    static Levels levels(IndicatorFramework framework) {
        FrameworkLevels known = last;
        if (known != null && known.framework() == framework) {
            return known.levels();
        }
        Map<String, IndicatorCategory> first = new HashMap<>();
        Map<String, Set<String>> second = new HashMap<>();
        for (IndicatorCategory c : framework.categories()) {
            first.put(bare(c.name()), c);
            c.aliases().forEach(a -> first.put(bare(a), c));
            Set<String> names = new HashSet<>();
            for (IndicatorCategory.SecondLevel s : c.secondLevel()) {
                names.add(bare(s.name()));
                s.aliases().forEach(a -> names.add(bare(a)));
            }
            second.put(c.name(), Set.copyOf(names));
        }
        Levels levels = new Levels(Map.copyOf(first), Map.copyOf(second));
        last = new FrameworkLevels(framework, levels);
        return levels;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** A level's name without white space and without its 指标 suffix: 效果指标 → 效果. */
    static String bare(String s) {
        return IndicatorFramework.normalise(s == null ? "" : s);
    }

    /** The name without the unit in brackets it sometimes carries: 获奖比（%） → 获奖比. */
    private static String plainName(Indicator i) {
        String n = i.name();
        int open = Math.max(n.indexOf('（'), n.indexOf('('));
        return open > 0 ? n.substring(0, open) : n;
    }

    static boolean isSatisfaction(Indicator i) {
        return i.name().contains("满意");
    }

    /** A rate by its name: 率, 比例, 占比, or 比 at the end (获奖比). */
    static boolean isRate(Indicator i) {
        String n = plainName(i);
        return n.contains("率") || n.contains("比例") || n.contains("占比") || n.endsWith("比");
    }

    /** A count by its name: it ends in 数, 数量, 次数, 人数, 人次 and is not a rate. */
    static boolean namesACount(Row r) {
        if (r.rate() || r.satisfaction()) {
            return false;
        }
        String n = plainName(r.indicator());
        return n.endsWith("数") || n.endsWith("数量") || n.endsWith("人次");
    }

    static boolean isCost(Row r) {
        return r.level1().equals("成本") || r.level2().endsWith("成本");
    }
}
