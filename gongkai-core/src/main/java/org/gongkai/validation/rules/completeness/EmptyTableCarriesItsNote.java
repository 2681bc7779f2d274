package org.gongkai.validation.rules.completeness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Disclosure;
import org.gongkai.model.TableKind;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * An empty table is published with a note saying why it is empty; the note speaks of this table's
 * fund, not another's (a copied 政府性基金 note under the 国有资本经营 table); and a table with
 * data does not say it is empty.
 */
public final class EmptyTableCarriesItsNote extends AbstractRule {

    /** What a note about each fund table must name, and what it must not. */
    private static final Map<TableKind, String[]> FUND_WORDS = Map.of(
            TableKind.GOVERNMENT_FUND_EXPENDITURE, new String[] {"政府性基金", "国有资本经营"},
            TableKind.STATE_CAPITAL_EXPENDITURE, new String[] {"国有资本经营", "政府性基金"},
            TableKind.THREE_PUBLIC, new String[] {"三公", "政府性基金"},
            TableKind.FINAL_GOVERNMENT_FUND, new String[] {"政府性基金", "国有资本经营"},
            TableKind.FINAL_STATE_CAPITAL, new String[] {"国有资本经营", "政府性基金"},
            TableKind.FINAL_THREE_PUBLIC, new String[] {"三公", "政府性基金"});

    public EmptyTableCarriesItsNote() {
        super(new RuleInfo("empty-table-carries-its-note", Category.COMPLETENESS, Severity.ERROR,
                "财预〔2016〕143号：没有数据的表格应当列示，并说明原因",
                "空表附有说明其为空的原因；说明针对本表；有数据的表不称为空表",
                "An empty table carries a note saying why, about this table; a table with data does not claim to be empty",
                "《国有资本经营预算支出表》为空且无说明"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < d.tables().size(); i++) {
            BudgetTable t = d.tables().get(i);
            String note = t.note() == null ? "" : t.note();
            if (t.isEmpty() && note.isBlank()) {
                findings.add(finding(Pointer.of("tables", i, "note"), t.title(),
                        "《" + t.title() + "》为空表，未说明原因",
                        "table '" + t.title() + "' is empty and carries no note saying why"));
                continue;
            }
            String[] words = FUND_WORDS.get(t.kind());
            if (t.isEmpty() && words != null && !note.contains(words[0]) && note.contains(words[1])) {
                findings.add(finding(Pointer.of("tables", i, "note"), t.title(),
                        "《" + t.title() + "》的空表说明谈的是“" + words[1] + "”，疑为照抄其他表的说明",
                        "the note of table '" + t.title() + "' speaks of " + words[1] + ", copied from another table"));
            }
            if (!t.isEmpty() && note.contains("空表")) {
                findings.add(finding(Pointer.of("tables", i, "note"), t.title(),
                        "《" + t.title() + "》有数据，说明却称“本表为空表”",
                        "table '" + t.title() + "' has data but its note says it is empty")
                        .withSeverity(Severity.WARNING));
            }
        }
        var procurement = d.procurement();
        if (procurement != null && procurement.table() != null && procurement.isEmptyTable()
                && (procurement.table().note() == null || procurement.table().note().isBlank())
                && (procurement.statement() == null || procurement.statement().isBlank())) {
            findings.add(finding(Pointer.of("procurement", "table", "note"), "政府采购预算表",
                    "政府采购预算表为空表，未说明原因", "the procurement table is empty and carries no note"));
        }
        return findings;
    }
}
