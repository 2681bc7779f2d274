package org.gongkai.validation.rules.yoy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongkai.model.Amount;
import org.gongkai.model.ChangeDirection;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DocumentKind;
import org.gongkai.model.Expenditure;
import org.gongkai.model.Figure;
import org.gongkai.model.FunctionSpending;
import org.gongkai.model.IncomeLine;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.ModelWalk;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * Across two documents: what this year's budget says of last year (上年预算数, or this year's amount
 * less the stated change, 比上年增加x) against last year's published budget of the same department.
 * It needs both documents, so it is not one of the catalogue's single-document rules: the audit
 * runs it on every pair of consecutive years it holds, and its findings are the later document's.
 *
 * <p>Figures are matched by what they are, not where they stand in the list: the fixed figures
 * (收入合计, 基本支出, 三公 items, 机关运行经费, …) by their place, income and fund lines by their
 * source, function headings by their classification code. A warning, not an error: last year's
 * budget may have been adjusted since it was published, and a statement may quote the adjusted
 * figure.
 */
public final class LastYearQuotedAsPublished {

    public static final RuleInfo INFO = new RuleInfo("last-year-quoted-as-published", Category.YOY, Severity.WARNING,
            "财预〔2016〕143号：说明收支增减变化；上年数据应与上年公开数据一致",
            "本年说明中的上年数（所述上年数，或本年数减所述增减额）与上年公开的同一部门同类文件一致",
            "Last year's amounts quoted this year (stated, or this year less the stated change) equal last year's published disclosure",
            "2019年说明：“三公”经费比上年增加5万元，本年25万元；2018年公开的“三公”经费为18万元",
            "2018年说明：因公出国（境）费106万元，比上年增加30万元；2017年公开的该项为76万元");

    /** Whether {@code earlier} is last year's disclosure of the same kind by the same department as {@code later}. */
    public static boolean isLastYearOf(Disclosure earlier, Disclosure later) {
        DocumentKind kind = later.document().kind();
        if (earlier.document().kind() != kind || earlier.document().fiscalYear() + 1 != later.document().fiscalYear()) {
            return false;
        }
        return earlier.department().isSamePublisherAs(later.department());
    }

    public List<Finding> check(Disclosure later, Disclosure earlier, CheckContext context) {
        Map<String, Stated> lastYear = figures(earlier);
        Map<String, Stated> thisYear = figures(later);
        List<Finding> findings = new ArrayList<>();
        thisYear.forEach((key, stated) -> {
            Figure figure = stated.figure();
            Figure published = lastYear.containsKey(key) ? lastYear.get(key).figure() : null;
            if (published == null || published.amount() == null || figure.amount() == null) {
                return;
            }
            Amount quoted;
            String where;
            if (figure.prior() != null) {
                quoted = figure.prior();
                where = "/prior";
            } else if (figure.change() != null) {
                quoted = figure.amount().minus(figure.change().signed(figure.amount().unit()));
                where = "/change";
            } else {
                return;
            }
            if (context.agree(quoted, published.amount())) {
                return;
            }
            String subject = stated.subject();
            String pointer = stated.pointer() + where;
            String quotedHow = where.equals("/prior") ? "所述上年数" + quoted
                    : figure.change().direction() == ChangeDirection.FLAT ? "文中称与上年持平，即上年亦为" + quoted
                    : "本年" + figure.amount() + "减所述增减额得上年" + quoted;
            findings.add(new Finding(INFO.id(), INFO.category(), INFO.severity(), pointer, subject,
                    subject + "：" + quotedHow + "，与" + earlier.document().fiscalYear() + "年公开的"
                            + published.amount().publishedIn(quoted.unit()) + "不符（" + earlier.document().title() + "）",
                    subject + ": last year's amount is quoted as " + quoted + " but " + earlier.document().fiscalYear()
                            + "'s published disclosure gives " + published.amount().publishedIn(quoted.unit()),
                    published.amount().in(quoted.unit()), quoted, quoted.minus(published.amount().in(quoted.unit()))));
        });
        return findings;
    }

    /** A stated figure, where it stands and what the statement calls it. */
    private record Stated(Figure figure, String pointer, String subject) {}

    /** The document's stated figures, each under a key that names what it is, the same in both years. */
    private static Map<String, Stated> figures(Disclosure d) {
        Map<String, Stated> out = new HashMap<>();
        for (ModelWalk.At<Figure> at : ModelWalk.walk(d).figures()) {
            if (!at.pointer().matches(".*/[0-9]+(/.*)?")) {
                out.put(at.pointer(), new Stated(at.value(), at.pointer(), YoySubjects.of(at.pointer())));
            }
        }
        if (d.overview() != null && d.overview().income() != null) {
            List<IncomeLine> sources = d.overview().income().sources();
            for (int i = 0; i < sources.size(); i++) {
                keep(out, "income:" + sources.get(i).source(), sources.get(i).figure(),
                        "/overview/income/sources/" + i + "/figure", sources.get(i).label());
            }
        }
        Expenditure e = d.overview() == null ? null : d.overview().expenditure();
        if (e != null) {
            for (int i = 0; i < e.byFund().size(); i++) {
                keep(out, "fund:" + e.byFund().get(i).source(), e.byFund().get(i).figure(),
                        "/overview/expenditure/byFund/" + i + "/figure", e.byFund().get(i).label());
            }
            for (int i = 0; i < e.byFunction().size(); i++) {
                FunctionSpending f = e.byFunction().get(i);
                if (f.code() != null) {
                    keep(out, "function:" + f.code(), f.figure(), "/overview/expenditure/byFunction/" + i + "/figure",
                            "“" + f.name() + "”科目");
                }
            }
        }
        return out;
    }

    private static void keep(Map<String, Stated> out, String key, Figure figure, String pointer, String subject) {
        if (figure != null) {
            out.put(key, new Stated(figure, pointer, Objects.requireNonNullElse(subject, key)));
        }
    }
}
