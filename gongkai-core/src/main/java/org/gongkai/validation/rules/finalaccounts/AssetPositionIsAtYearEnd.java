package org.gongkai.validation.rules.finalaccounts;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Assets;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * A 决算 states its 国有资产占有使用情况 as at 31 December of its fiscal year (截至2024年12月31日 in a 决算 of 2024):
 * the date given with the assets, else the one its statement opens with.
 */
public final class AssetPositionIsAtYearEnd extends FinalAccountsRule {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[年\\-./]\\s*(\\d{1,2})\\s*[月\\-./]\\s*(\\d{1,2})");

    public AssetPositionIsAtYearEnd() {
        super(new RuleInfo("asset-position-is-at-year-end", Category.CONSISTENCY, Severity.ERROR,
                "部门决算公开模板：国有资产占有使用情况“截至本年12月31日”",
                "决算的国有资产占有使用情况以决算年度的12月31日为准",
                "A final accounts' asset position is dated 31 December of its fiscal year",
                "2024年度部门决算：截至2023年12月31日，共有车辆2辆",
                "2024年度部门决算：截至2024年12月31日，共有车辆0辆"));
    }

    @Override
    void checkFinal(Disclosure d, CheckContext context, List<Finding> findings) {
        Assets a = d.assets();
        String at = a != null && a.asOf() != null ? "/assets/asOf" : "/assets/statement";
        String text = a == null ? null : a.asOf() != null ? a.asOf() : a.statement();
        Matcher m = text == null ? null : DATE.matcher(text);
        if (m == null || !m.find()) {
            findings.add(couldNotCheck(at, "国有资产占有使用情况未注明日期", "the asset position carries no date"));
            return;
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (year != d.fiscalYear() || month != 12 || day != 31) {
            String expected = d.fiscalYear() + "年12月31日";
            String actual = year + "年" + month + "月" + day + "日";
            findings.add(finding(at, "国有资产占有使用情况",
                    d.fiscalYear() + "年度决算的国有资产情况应截至" + expected + "，文中为" + actual,
                    "the asset position of the " + d.fiscalYear() + " final accounts should be as at " + expected + ", not " + actual));
        }
    }
}
