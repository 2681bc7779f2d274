package org.gongkai.validation.rules.deadline;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.model.PublicationDeadline;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/** Published within 20 days of the finance bureau's approval (预算法 §14). */
public final class PublishedWithinTwentyDaysOfApproval extends AbstractRule {

    static final int DAYS = PublicationDeadline.DAYS;

    public PublishedWithinTwentyDaysOfApproval() {
        super(new RuleInfo("published-within-twenty-days-of-approval", Category.DEADLINE, Severity.ERROR,
                "预算法 §14：经本级政府财政部门批复后二十日内由各部门向社会公开",
                "在财政部门批复后20日内公开",
                "Published within 20 days of approval",
                "批复日期2020-01-10，公开日期2020-02-15（第36天）"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        LocalDate approved = d.document().approvedOn();
        LocalDate published = d.document().publishedOn();
        if (approved == null || published == null) {
            return List.of(couldNotCheck(Pointer.of("document", approved == null ? "approvedOn" : "publishedOn"),
                    "未给出" + (approved == null ? "批复日期" : "公开日期") + "，无法核对20日公开时限",
                    "the " + (approved == null ? "approval" : "publication") + " date is not given"));
        }
        long days = PublicationDeadline.daysTaken(approved, published);
        if (days < 0) {
            return List.of(finding(Pointer.of("document", "publishedOn"), "公开日期",
                    "公开日期" + published + "早于批复日期" + approved,
                    "published " + published + " before approval " + approved));
        }
        if (days > DAYS) {
            return List.of(finding(Pointer.of("document", "publishedOn"), "公开日期",
                    "批复日期" + approved + "，公开日期" + published + "，在批复后第" + days + "天公开，超过20日时限",
                    "approved " + approved + ", published " + published + ": " + days + " days, beyond the 20-day limit"));
        }
        return none();
    }
}
