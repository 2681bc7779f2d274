package org.gongkai.validation.rules.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Indicator;
import org.gongkai.model.ProjectTarget;
import org.gongkai.validation.Pointer;

/** The indicator rows of every project table, with where they stand, and what their words say. */
final class IndicatorRows {

    record Row(int project, int row, ProjectTarget target, Indicator indicator) {
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

    static List<Row> of(Disclosure d) {
        List<Row> rows = new ArrayList<>();
        if (d.performance() == null) {
            return rows;
        }
        List<ProjectTarget> projects = d.performance().projects();
        for (int p = 0; p < projects.size(); p++) {
            List<Indicator> indicators = projects.get(p).indicators();
            for (int r = 0; r < indicators.size(); r++) {
                rows.add(new Row(p, r, projects.get(p), indicators.get(r)));
            }
        }
        return rows;
    }

    static String bare(String s) {
        String t = s == null ? "" : s.replaceAll("\\s", "");
        return t.endsWith("指标") ? t.substring(0, t.length() - 2) : t;
    }

    static boolean isSatisfaction(Indicator i) {
        return i.name().contains("满意");
    }

    /** A rate by its name: 率, 比例, 占比, or 比 at the end (获奖比). */
    static boolean isRate(Indicator i) {
        String n = i.name().replaceAll("（.*?）|\\(.*?\\)", "");
        return n.contains("率") || n.contains("比例") || n.contains("占比") || n.endsWith("比");
    }

    /** A count by its name: it ends in 数, 数量, 次数, 人数, 人次 and is not a rate. */
    static boolean namesACount(Indicator i) {
        String n = i.name().replaceAll("（.*?）|\\(.*?\\)", "");
        return !isRate(i) && !isSatisfaction(i) && (n.endsWith("数") || n.endsWith("数量") || n.endsWith("人次"));
    }

    static boolean isCost(Indicator i) {
        return bare(i.level1()).equals("成本") || bare(i.level2()).equals("成本") || bare(i.level2()).endsWith("成本");
    }
}
