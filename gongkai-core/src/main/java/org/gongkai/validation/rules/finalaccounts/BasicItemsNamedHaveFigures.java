package org.gongkai.validation.rules.finalaccounts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.model.Amount;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;
import org.gongkai.validation.Spaces;

/**
 * The items the statement says 人员经费 and 公用经费 include (主要包括：基本工资、津贴补贴…) are lines of the
 * 基本支出决算表 that carry an amount: the template lists only what applies (不涉及的不列). Names are compared
 * without white space and bracketed parts (维修（护）费 is 维修费).
 */
public final class BasicItemsNamedHaveFigures extends FinalAccountsRule {

    private static final Pattern BRACKETED = Pattern.compile("[（(][^）)]*[）)]");

    public BasicItemsNamedHaveFigures() {
        super(new RuleInfo("basic-items-named-have-figures", Category.CONSISTENCY, Severity.WARNING,
                "部门决算公开模板：人员经费、公用经费“主要包括：……（不涉及的不列）”",
                "说明中人员经费、公用经费所列的项目在基本支出决算表中有金额",
                "The items the statement lists under personnel and public costs have amounts in the basic expenditure table",
                "人员经费主要包括：……退休费、个人农业生产补贴（基本支出决算表中个人农业生产补贴为空）",
                "公用经费主要包括：办公费、印刷费、培训费（基本支出决算表中均有金额）"));
    }

    @Override
    void checkFinal(Disclosure d, CheckContext context, List<Finding> findings) {
        FinalAccounts f = d.finalAccounts();
        if (f == null || (f.personnelItems().isEmpty() && f.publicItems().isEmpty())) {
            findings.add(couldNotCheck("/finalAccounts/personnelItems", "说明未列出人员经费、公用经费包括的项目",
                    "the statement lists no items of personnel or public costs"));
            return;
        }
        Optional<Located> table = table(d, TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE);
        if (table.isEmpty()) {
            findings.add(missingTable(TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE));
            return;
        }
        Map<String, Amount> byName = new HashMap<>();
        for (TableRow row : table.get().table().rows()) {
            Amount a = Optional.ofNullable(cell(row, Column.OUTTURN)).orElse(cell(row, Column.TOTAL));
            if (a != null && !a.isZero()) {
                byName.putIfAbsent(key(row.name()), a);
            }
        }
        items(findings, f.personnelItems(), "personnelItems", "人员经费", "personnel costs", byName, table.get());
        items(findings, f.publicItems(), "publicItems", "公用经费", "public costs", byName, table.get());
    }

    private void items(List<Finding> findings, List<String> items, String field, String zh, String en,
            Map<String, Amount> byName, Located table) {
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            if (!byName.containsKey(key(item))) {
                findings.add(finding(Pointer.of("finalAccounts", field, i), item,
                        "说明称" + zh + "包括“" + item + "”，《" + table.table().title() + "》中该项没有金额",
                        "the statement lists '" + item + "' under " + en + ", but it has no amount in '" + table.table().title() + "'"));
            }
        }
    }

    private static String key(String name) {
        String plain = Spaces.removed(name);
        if (plain.indexOf('（') < 0 && plain.indexOf('(') < 0) {
            return plain; // nothing in brackets: most names, and the pattern is not run
        }
        return BRACKETED.matcher(plain).replaceAll("");
    }
}
