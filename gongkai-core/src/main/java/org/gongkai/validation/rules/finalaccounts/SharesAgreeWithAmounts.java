package org.gongkai.validation.rules.finalaccounts;

import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Share;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/** A stated share (财政拨款收入2940.05万元，占99.79%) is the amount over the whole it names, to the digits stated. */
public final class SharesAgreeWithAmounts extends FinalAccountsRule {

    public SharesAgreeWithAmounts() {
        super(new RuleInfo("shares-agree-with-amounts", Category.CONSISTENCY, Severity.ERROR,
                "部门决算公开模板：收入、支出和一般公共预算财政拨款支出结构“占x%”",
                "说明中“占x%”的比重等于该项金额除以其总额",
                "A stated share equals the amount over its whole",
                "一般公共服务支出（类）2,106.66万元，占一般公共预算财政拨款支出2,940.05万元的71.73%",
                "财政拨款收入2940.05万元，占本年收入合计2946.25万元的99.79%"));
    }

    @Override
    void checkFinal(Disclosure d, CheckContext context, List<Finding> findings) {
        List<Share> shares = d.finalAccounts() == null ? List.of() : d.finalAccounts().shares();
        boolean any = false;
        for (int i = 0; i < shares.size(); i++) {
            Share s = shares.get(i);
            String at = Pointer.of("finalAccounts", "shares", i, "percent");
            if (s.percent() == null) {
                continue;
            }
            any = true;
            if (s.amount() == null || s.whole() == null || s.whole().isZero()) {
                findings.add(couldNotCheck(at, s.name() + "的金额或其总额未列出", "the amount or whole of " + s.name() + " is not stated"));
                continue;
            }
            if (!Percentages.agrees(s.amount(), s.whole(), s.percent())) {
                var expected = Percentages.of(s.amount(), s.whole(), s.percent().scale());
                String whole = s.wholeName() == null ? "总额" : s.wholeName();
                findings.add(finding(at, s.name(),
                        s.name() + s.amount() + "占" + whole + s.whole() + "的" + expected.toPlainString() + "%，说明称占"
                                + s.percent().toPlainString() + "%",
                        s.name() + " " + s.amount() + " is " + expected.toPlainString() + "% of " + s.whole() + ", but "
                                + s.percent().toPlainString() + "% is stated"));
            }
        }
        if (!any) {
            findings.add(couldNotCheck("/finalAccounts/shares", "说明未列出任何比重", "the statement states no share"));
        }
    }
}
