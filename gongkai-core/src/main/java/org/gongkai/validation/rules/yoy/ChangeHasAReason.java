package org.gongkai.validation.rules.yoy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.ChangeDirection;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Figure;
import org.gongkai.model.ThreePublicExpenses;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * Every stated increase or decrease of the totals and of the "三公" items is explained: by its own
 * reason, by the reason given for the total it belongs to, or (for the "三公" total) by the reasons
 * of every item that changed.
 */
public final class ChangeHasAReason extends AbstractRule {

    public ChangeHasAReason() {
        super(new RuleInfo("change-has-a-reason", Category.YOY, Severity.WARNING,
                "财预〔2016〕143号：“三公”经费增减变化应说明原因；收支增减变化应说明原因",
                "每一项增加或减少都说明原因（本项或其所属合计的原因）",
                "Every stated increase or decrease is explained, by its own reason or its total's",
                "公务接待费0.1万元，比上年减少0.06万元（全文未说明原因）"));
    }

    /**
     * The change from which a reason is required, in percent of last year's amount (parameter
     * {@code reason-required-from}, default 0: every change); a change from nothing always needs one.
     */
    private static final String THRESHOLD = "reason-required-from";

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        BigDecimal threshold = context.parameter(info().id(), THRESHOLD, BigDecimal.ZERO);
        List<Finding> findings = new ArrayList<>();
        if (d.overview() != null) {
            boolean overall = hasText(d.overview().changeReason());
            if (d.overview().expenditure() != null) {
                var e = d.overview().expenditure();
                boolean totalExplained = overall || explained(e.total());
                need(e.total(), overall, "/overview/expenditure/total", threshold, findings);
                need(e.fiscalGrant(), overall, "/overview/expenditure/fiscalGrant", threshold, findings);
                need(e.basic(), totalExplained, "/overview/expenditure/basic", threshold, findings);
                need(e.project(), totalExplained, "/overview/expenditure/project", threshold, findings);
            }
            if (d.overview().income() != null) {
                need(d.overview().income().total(), overall, "/overview/income/total", threshold, findings);
            }
        }
        ThreePublicExpenses t = d.threePublic();
        if (t != null) {
            boolean totalExplained = explained(t.total());
            need(t.total(), itemsExplain(t), "/threePublic/total", threshold, findings);
            need(t.abroad(), totalExplained, "/threePublic/abroad", threshold, findings);
            boolean vehiclesExplained = totalExplained || explained(t.vehicles());
            need(t.vehicles(), totalExplained, "/threePublic/vehicles", threshold, findings);
            need(t.vehiclePurchase(), vehiclesExplained, "/threePublic/vehiclePurchase", threshold, findings);
            need(t.vehicleRunning(), vehiclesExplained, "/threePublic/vehicleRunning", threshold, findings);
            need(t.reception(), totalExplained, "/threePublic/reception", threshold, findings);
        }
        return findings;
    }

    /** The total's change is explained when every item that changed says why (and some item changed). */
    private static boolean itemsExplain(ThreePublicExpenses t) {
        List<Figure> items = java.util.Arrays.asList(t.abroad(), t.vehicles(), t.vehiclePurchase(), t.vehicleRunning(), t.reception());
        List<Figure> changed = items.stream()
                .filter(f -> f != null && f.change() != null && f.change().direction() != ChangeDirection.FLAT).toList();
        return !changed.isEmpty() && changed.stream().allMatch(Figure::hasReason);
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static boolean explained(Figure f) {
        return f != null && f.hasReason();
    }

    /** Whether a change is smaller than the threshold, last year's amount known (this year ∓ the change). */
    private static boolean belowThreshold(Figure f, BigDecimal threshold) {
        if (threshold.signum() <= 0 || f.amount() == null || f.change().amount() == null) {
            return false;
        }
        var change = f.change().amount().in(f.amount().unit()).value();
        var prior = f.amount().value().subtract(f.change().direction() == ChangeDirection.INCREASE ? change : change.negate());
        if (prior.signum() <= 0) {
            return false;
        }
        return change.multiply(BigDecimal.valueOf(100)).compareTo(threshold.multiply(prior)) < 0;
    }

    private void need(Figure f, boolean coveredByTotal, String at, BigDecimal threshold, List<Finding> findings) {
        if (f == null || f.change() == null || f.change().direction() == ChangeDirection.FLAT || f.hasReason() || coveredByTotal
                || belowThreshold(f, threshold)) {
            return;
        }
        String name = YoySubjects.of(at);
        findings.add(finding(at + "/reason", name,
                name + "比上年" + f.change().direction().word() + f.change().amount() + "，未说明原因",
                name + " " + f.change().direction().name().toLowerCase() + "d by " + f.change().amount() + " without a stated reason"));
    }
}
