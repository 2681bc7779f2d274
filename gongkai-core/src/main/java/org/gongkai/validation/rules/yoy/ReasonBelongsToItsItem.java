package org.gongkai.validation.rules.yoy;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.model.FunctionSpending;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * The reason and the purpose given for a 科目 are its own, not copied from another: a text that names
 * another line of the same list (its 项 name) and not its own is a copy. Other names of four
 * characters or fewer (行政运行) are too common to tell.
 */
public final class ReasonBelongsToItsItem extends AbstractRule {

    public ReasonBelongsToItsItem() {
        super(new RuleInfo("reason-belongs-to-its-item", Category.YOY, Severity.WARNING,
                "财预〔2016〕143号：逐项说明增减变化的原因",
                "每个科目的增减原因和用途说明针对本科目，不照抄其他科目的说明",
                "The reason and purpose given for a line are its own, not another line's",
                "“机关事业单位职业年金缴费支出（项）”230.28万元……主要原因是：事业单位离退休经费增加",
                "“机关事业单位职业年金缴费支出（项）”230.28万元……主要原因是：机关事业单位职业年金缴费支出经费增加"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        if (d.overview() == null || d.overview().expenditure() == null) {
            return none();
        }
        List<FunctionSpending> lines = d.overview().expenditure().byFunction();
        List<String> names = lines.stream().map(l -> itemName(l.name())).toList();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            FunctionSpending l = lines.get(i);
            String own = names.get(i);
            String reason = l.figure() == null ? null : l.figure().reason();
            check(i, "figure/reason", "原因", reason, own, names, lines, findings);
            check(i, "purpose", "用途", l.purpose(), own, names, lines, findings);
        }
        return findings;
    }

    private void check(int i, String field, String what, String text, String own, List<String> names,
            List<FunctionSpending> lines, List<Finding> findings) {
        FunctionSpending l = lines.get(i);
        if (text == null || own == null || text.contains(own)) {
            return;
        }
        for (int j = 0; j < names.size(); j++) {
            String other = names.get(j);
            if (j != i && other != null && other.length() > 4 && !own.contains(other) && text.contains(other)
                    && !contains(l, lines.get(j))) {
                findings.add(finding("/overview/expenditure/byFunction/" + i + "/" + field, l.name(),
                        "“" + own + "”的" + what + "“" + text + "”说的是“" + other + "”，疑为照抄",
                        "the " + (what.equals("原因") ? "reason" : "purpose") + " given for '" + own + "' speaks of '" + other + "'"));
                return;
            }
        }
    }

    /** Whether the other line lies inside this one (a 项 of this 类): a class's purpose and reason name its own items. */
    private static boolean contains(FunctionSpending line, FunctionSpending other) {
        return line.code() != null && other.code() != null && other.code().length() > line.code().length()
                && other.code().startsWith(line.code());
    }

    /** The 项 name of a line named “类（类）款（款）项（项）” or “类-款-项”, or the name itself. */
    static String itemName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.replace("（项）", "").replace("“", "").replace("”", "").strip();
        int k = Math.max(n.lastIndexOf("（款）"), n.lastIndexOf('-'));
        if (k >= 0) {
            n = n.substring(k + (n.startsWith("（款）", k) ? 3 : 1));
        }
        return n.isBlank() ? null : n;
    }
}
