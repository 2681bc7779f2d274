package org.gongkai.validation.rules.yoy;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Amount;
import org.gongkai.model.ChangeDirection;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Figure;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.ModelWalk;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/** Wherever last year's amount is stated: 上年 + 增减 = 本年, and the direction word fits. */
public final class PriorPlusChangeIsThisYear extends AbstractRule {

    public PriorPlusChangeIsThisYear() {
        super(new RuleInfo("prior-plus-change-is-this-year", Category.YOY, Severity.ERROR,
                "财预〔2016〕143号：说明收支增减变化",
                "上年数加上所述增减额等于本年数，“增加/减少/持平”与数字相符",
                "Last year's amount plus the stated change equals this year's, and the word fits the numbers",
                "公务接待费0.1万元，上年0.16万元，比上年增加0.06万元"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ModelWalk.At<Figure> at : context.walked(d).figures()) {
            Figure f = at.value();
            if (f.amount() == null || f.prior() == null || f.change() == null) {
                continue;
            }
            Amount actualChange = f.amount().minus(f.prior());
            ChangeDirection actualDirection = actualChange.signum() > 0 ? ChangeDirection.INCREASE
                    : actualChange.signum() < 0 ? ChangeDirection.DECREASE : ChangeDirection.FLAT;
            Amount stated = f.change().signed(f.amount().unit());
            if (f.change().direction() != actualDirection) {
                findings.add(mismatch(at.pointer() + "/change", subject(at.pointer()), actualChange, stated,
                        "本年" + f.amount() + "、上年" + f.prior() + "，应为" + actualDirection.word() + "，文中却称"
                                + f.change().direction().word(),
                        "this year " + f.amount() + ", last year " + f.prior() + ": the change is stated as "
                                + f.change().direction().name().toLowerCase() + " but is " + actualDirection.name().toLowerCase()));
            } else if (!context.agree(stated, actualChange)) {
                findings.add(mismatch(at.pointer() + "/change/amount", subject(at.pointer()), actualChange, stated,
                        "所述增减额" + stated.abs() + "与本年" + f.amount() + "减上年" + f.prior() + "之差" + actualChange.abs() + "不符",
                        "the stated change " + stated + " is not this year minus last year " + actualChange));
            }
        }
        return findings;
    }

    static String subject(String pointer) {
        return YoySubjects.of(pointer);
    }
}
