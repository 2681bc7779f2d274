package org.gongkai.validation.rules.finalaccounts;

import java.util.List;
import org.gongkai.model.ChangeDirection;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Figure;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.ModelWalk;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * A figure a 决算 says is 持平 with last year is not given a reason that speaks of it moving (…等原因减少支付):
 * the template asks for 持平 wording when nothing changed, and a reason for a decrease under 持平 means the
 * figure or the word is wrong.
 */
public final class FlatChangeIsNotExplainedAsAMovement extends FinalAccountsRule {

    /** Words that say a sum went up or down. */
    private static final List<String> MOVEMENT = List.of(ChangeDirection.INCREASE.word(), ChangeDirection.DECREASE.word(),
            "增长", "下降", "上升", "降低");

    public FlatChangeIsNotExplainedAsAMovement() {
        super(new RuleInfo("flat-change-is-not-explained-as-a-movement", Category.YOY, Severity.WARNING,
                "部门决算公开模板：增加（减少）的说明原因，“如持平作持平表述”",
                "称与上年“持平”的数字，其原因不写增加或减少",
                "A figure said to be flat against last year is not explained by an increase or a decrease",
                "财政拨款收入支出总计与2023年度持平。主要原因：……等原因减少支付",
                "“三公”经费财政拨款支出决算数与2023年度持平（未写原因）"));
    }

    @Override
    void checkFinal(Disclosure d, CheckContext context, List<Finding> findings) {
        boolean any = false;
        for (ModelWalk.At<Figure> at : context.walked(d).figures()) {
            Figure f = at.value();
            any |= f.change() != null;
            if (f.change() == null || f.change().direction() != ChangeDirection.FLAT || !f.hasReason()) {
                continue;
            }
            String word = MOVEMENT.stream().filter(f.reason()::contains).findFirst().orElse(null);
            if (word != null) {
                findings.add(finding(at.pointer() + "/reason", at.field(),
                        "称与上年持平，原因却写“" + word + "”：" + f.reason(),
                        "said to be flat against last year, but its reason speaks of a movement ('" + word + "'): " + f.reason()));
            }
        }
        if (!any) {
            findings.add(couldNotCheck("", "文档未与上年比较任何数字", "the document compares no figure with last year"));
        }
    }
}
