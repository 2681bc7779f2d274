package org.gongkai.importing.xlsx;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.model.Column;

/**
 * What a header label says a column holds: the line's name (项目, 科目名称), its code (科目编码) or
 * one part of it (类, 款, 项), or an amount column ({@link Column#label()} and common variants).
 */
final class HeaderLabels {

    /** The kinds of column a header names. */
    enum Role {
        NAME, CODE, CATEGORY, SECTION, ITEM, AMOUNT
    }

    /** A column's role; {@code column} is set for amount columns only. */
    record HeaderRole(Role role, Column column) {

        boolean isCodePart() {
            return role == Role.CATEGORY || role == Role.SECTION || role == Role.ITEM;
        }
    }

    /** A unit printed in a header label: 合计（万元）. */
    private static final Pattern UNIT_SUFFIX = Pattern.compile("\\((?:单位[:：])?(亿元|万元|元)\\)$");
    private static final Map<String, Column> COLUMNS = columns();

    private HeaderLabels() {}

    static Optional<HeaderRole> role(String text) {
        String label = withoutUnit(Labels.normalise(text));
        HeaderRole role = switch (label) {
            case "类" -> new HeaderRole(Role.CATEGORY, null);
            case "款" -> new HeaderRole(Role.SECTION, null);
            case "项" -> new HeaderRole(Role.ITEM, null);
            case "项目", "科目", "名称", "项目名称", "科目名称", "功能分类科目名称", "经济分类科目名称" ->
                    new HeaderRole(Role.NAME, null);
            default -> other(label);
        };
        return Optional.ofNullable(role);
    }

    /** The unit a header label carries in brackets (合计（万元）), if any. */
    static Optional<String> unit(String text) {
        var m = UNIT_SUFFIX.matcher(Labels.normalise(text));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static HeaderRole other(String label) {
        if (label.endsWith("编码") || label.endsWith("代码")) {
            return new HeaderRole(Role.CODE, null);
        }
        Column column = COLUMNS.get(label);
        return column == null ? null : new HeaderRole(Role.AMOUNT, column);
    }

    private static String withoutUnit(String label) {
        return UNIT_SUFFIX.matcher(label).replaceFirst("");
    }

    /** Every column by its label, then the variants seen in published tables. */
    private static Map<String, Column> columns() {
        Map<String, Column> m = new HashMap<>();
        for (Column c : Column.values()) {
            m.put(Labels.normalise(c.label()), c);
        }
        m.put("金额", Column.AMOUNT);
        m.put("本年预算数", Column.AMOUNT);
        m.put("总计", Column.TOTAL);
        m.put("小计", Column.TOTAL);
        m.put("财政拨款", Column.FISCAL_GRANT);
        m.put("一般公共预算拨款", Column.GENERAL_PUBLIC_BUDGET);
        m.put("一般公共预算资金", Column.GENERAL_PUBLIC_BUDGET);
        m.put("政府性基金", Column.GOVERNMENT_FUND);
        m.put("政府性基金预算拨款", Column.GOVERNMENT_FUND);
        m.put("国有资本经营预算拨款", Column.STATE_CAPITAL);
        m.put("财政专户管理资金收入", Column.SPECIAL_ACCOUNT);
        m.put("财政专户核拨", Column.SPECIAL_ACCOUNT);
        m.put("因公出国(境)费用", Column.ABROAD);
        m.put("公务用车购置费", Column.VEHICLE_PURCHASE);
        m.put("公务用车运行费", Column.VEHICLE_RUNNING);
        m.put("公务用车运行维护费", Column.VEHICLE_RUNNING);
        m.put("上年预算", Column.PRIOR_YEAR);
        return Map.copyOf(m);
    }
}
