package org.gongkai.importing.pdf;

import java.util.Map;
import java.util.Optional;
import org.gongkai.model.Column;

/** The column a header label of the Shanghai tables names: 合计, 基本支出, 小计 (of the vehicles) … */
final class HeaderLabel {

    private static final Map<String, Column> LABELS = Map.ofEntries(
            Map.entry("预算数", Column.AMOUNT),
            Map.entry("合计", Column.TOTAL),
            Map.entry("基本支出", Column.BASIC),
            Map.entry("人员经费", Column.PERSONNEL),
            Map.entry("公用经费", Column.PUBLIC),
            Map.entry("项目支出", Column.PROJECT),
            Map.entry("财政拨款收入", Column.FISCAL_GRANT),
            Map.entry("事业收入", Column.BUSINESS_INCOME),
            Map.entry("事业单位经营收入", Column.BUSINESS_OPERATING_INCOME),
            Map.entry("其他收入", Column.OTHER_INCOME),
            Map.entry("一般公共预算", Column.GENERAL_PUBLIC_BUDGET),
            Map.entry("政府性基金预算", Column.GOVERNMENT_FUND),
            Map.entry("国有资本经营预算", Column.STATE_CAPITAL),
            Map.entry("因公出国(境)费", Column.ABROAD),
            Map.entry("公务接待费", Column.RECEPTION),
            Map.entry("小计", Column.VEHICLES),
            Map.entry("购置费", Column.VEHICLE_PURCHASE),
            Map.entry("运行费", Column.VEHICLE_RUNNING));

    private HeaderLabel() {}

    /** The column the label names, if it names one (a year in front is ignored: 2024年机关运行经费预算数). */
    static Optional<Column> column(String label) {
        String s = label.strip().replaceFirst("^\\d{4}年", "").replace('（', '(').replace('）', ')');
        if (s.startsWith("机关运行经费")) {
            return Optional.of(Column.OPERATING_COSTS);
        }
        return Optional.ofNullable(LABELS.get(s));
    }
}
