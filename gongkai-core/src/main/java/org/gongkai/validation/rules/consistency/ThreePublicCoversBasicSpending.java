package org.gongkai.validation.rules.consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.CostItem;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Figure;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.gongkai.model.ThreePublicExpenses;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;
import org.gongkai.validation.Sums;

/**
 * The basic-expenditure lines behind the "三公" (经济分类 30212 出国, 30217 接待, 30231 车辆运行,
 * 31013 车辆购置, and the same items of 机关运行经费) cannot exceed the "三公" amounts, which also
 * include project money.
 */
public final class ThreePublicCoversBasicSpending extends AbstractRule {

    private record Link(String code, String itemName, String threePublicName) {}

    private static final List<Link> LINKS = List.of(
            new Link("30212", "因公出国", "abroad"),
            new Link("30217", "公务接待费", "reception"),
            new Link("30231", "公务用车运行", "vehicleRunning"),
            new Link("31013", "公务用车购置", "vehiclePurchase"));

    public ThreePublicCoversBasicSpending() {
        super(new RuleInfo("three-public-covers-basic-spending", Category.CONSISTENCY, Severity.ERROR,
                "“三公”经费包括基本支出和项目支出中的相应经费，基本支出经济分类科目不能超过“三公”经费",
                "基本支出中对应“三公”的经济分类科目及机关运行经费分项不超过“三公”经费相应金额",
                "The basic-expenditure lines behind the three public expenses do not exceed them",
                "30217 公务接待费191,000元，“三公”经费公务接待费15.00万元"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        ThreePublicExpenses t = d.threePublic();
        if (t == null) {
            return none();
        }
        List<Finding> findings = new ArrayList<>();
        if (d.operatingCosts() != null) {
            List<CostItem> items = d.operatingCosts().items();
            for (int i = 0; i < items.size(); i++) {
                CostItem item = items.get(i);
                for (Link link : LINKS) {
                    if (item.amount() != null && (link.code().equals(item.economicCode()) || item.name().startsWith(link.itemName()))) {
                        compare(item.amount(), Pointer.of("operatingCosts", "items", i, "amount"), item.name(), t, link, context, findings);
                    }
                }
            }
        }
        Optional<BudgetTable> economic = d.table(TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE);
        if (economic.isPresent()) {
            int index = d.tables().indexOf(economic.get());
            List<TableRow> rows = economic.get().rows();
            for (int r = 0; r < rows.size(); r++) {
                TableRow row = rows.get(r);
                for (Link link : LINKS) {
                    if (link.code().equals(row.code()) && row.amount(Column.TOTAL).isPresent()) {
                        compare(row.amount(Column.TOTAL).get(), Pointer.of("tables", index, "rows", r, "amounts", "total"),
                                row.code() + " " + row.name(), t, link, context, findings);
                    }
                }
            }
        }
        return findings;
    }

    private void compare(Amount basic, String at, String subject, ThreePublicExpenses t, Link link, CheckContext context,
                         List<Finding> findings) {
        Figure f = switch (link.threePublicName()) {
            case "abroad" -> t.abroad();
            case "reception" -> t.reception();
            case "vehicleRunning" -> t.vehicleRunning() != null ? t.vehicleRunning() : t.vehicles();
            default -> t.vehiclePurchase();
        };
        Amount cap = Sums.amount(f);
        if (cap == null || basic.compareTo(cap) <= 0 || context.agree(basic, cap)) {
            return;
        }
        findings.add(mismatch(at, subject, cap, basic,
                subject + basic + "超过“三公”经费中相应的" + cap,
                subject + " " + basic + " exceeds the corresponding three-public amount " + cap));
    }
}
