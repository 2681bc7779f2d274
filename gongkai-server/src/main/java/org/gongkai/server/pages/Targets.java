package org.gongkai.server.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gongkai.model.Indicator;
import org.gongkai.model.ProjectTarget;

/**
 * A 项目绩效目标表 laid out as published: 一级 and 二级 indicators span the rows below them that share
 * them, so each heading is read once.
 */
public final class Targets {

    /** One indicator row; a span of 0 means the cell above covers this row. */
    public record Row(String level1, int level1Span, String level2, int level2Span, String name, String description,
            String value, String basis) {
    }

    public record Table(ProjectTarget project, List<Row> rows) {
    }

    private Targets() {
    }

    static Table of(ProjectTarget project) {
        List<Indicator> list = project.indicators();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Indicator in = list.get(i);
            boolean sameL1 = i > 0 && Objects.equals(list.get(i - 1).level1(), in.level1());
            boolean sameL2 = sameL1 && Objects.equals(list.get(i - 1).level2(), in.level2());
            int span1 = 0;
            int span2 = 0;
            if (!sameL1) {
                span1 = 1;
                while (i + span1 < list.size() && Objects.equals(list.get(i + span1).level1(), in.level1())) {
                    span1++;
                }
            }
            if (!sameL2) {
                span2 = 1;
                while (i + span2 < list.size() && Objects.equals(list.get(i + span2).level1(), in.level1())
                        && Objects.equals(list.get(i + span2).level2(), in.level2())) {
                    span2++;
                }
            }
            rows.add(new Row(in.level1(), span1, in.level2(), span2, in.name(), in.description(),
                    in.value() == null ? null : in.value().text(), in.basis()));
        }
        return new Table(project, rows);
    }
}
