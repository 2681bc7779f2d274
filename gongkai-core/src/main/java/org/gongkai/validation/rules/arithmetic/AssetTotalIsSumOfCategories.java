package org.gongkai.validation.rules.arithmetic;

import java.util.List;
import java.util.Set;
import org.gongkai.model.Amount;
import org.gongkai.model.AssetLine;
import org.gongkai.model.AssetTable;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;
import org.gongkai.validation.Sums;

/** 固定资产占用情况表: 资产总额 = 房屋 + 车辆 + 大额设备 + 其他 (其中 lines are not added). */
public final class AssetTotalIsSumOfCategories extends AbstractRule {

    private static final Set<String> TOP = Set.of("buildings", "vehicles", "equipment_over_threshold", "other", "land");

    public AssetTotalIsSumOfCategories() {
        super(new RuleInfo("asset-total-is-sum-of-categories", Category.ARITHMETIC, Severity.ERROR,
                "国有资产占用情况表：资产总额 = 各类资产之和",
                "固定资产总额等于各类资产价值之和，并与文字所述上年末金额一致",
                "The fixed-asset total equals the sum of its categories and the year-end total stated in the text",
                "资产总额11.79万元，车辆7.9万元、其他固定资产3万元"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        AssetTable table = d.assets() == null ? null : d.assets().table();
        if (table == null) {
            return none();
        }
        List<AssetLine> lines = table.holdings();
        int totalIndex = -1;
        for (int i = 0; i < lines.size(); i++) {
            if ("total".equals(lines.get(i).category())) {
                totalIndex = i;
            }
        }
        if (totalIndex < 0 || lines.get(totalIndex).value() == null) {
            return none();
        }
        Amount total = lines.get(totalIndex).value();
        List<Amount> parts = lines.stream()
                .filter(l -> TOP.contains(l.category()) && !l.name().startsWith("其中"))
                .map(AssetLine::value).toList();
        Amount sum = Sums.sum(parts);
        List<Finding> findings = new java.util.ArrayList<>();
        String at = Pointer.of("assets", "table", "holdings", totalIndex, "value");
        if (sum != null && !context.agree(sum, total)) {
            findings.add(mismatch(at, "资产总额", sum, total,
                    "资产总额" + total + "不等于各类资产之和" + sum,
                    "asset total " + total + " is not the sum of its categories " + sum));
        }
        Amount stated = d.assets().priorYearEndTotal();
        if (stated != null && !context.agree(total, stated)) {
            findings.add(mismatch(Pointer.of("assets", "priorYearEndTotal"), "上年末固定资产金额", total, stated,
                    "文字所述上年末固定资产" + stated + "与表中资产总额" + total + "不符",
                    "the year-end fixed assets in the text " + stated + " differ from the table total " + total));
        }
        return findings;
    }
}
