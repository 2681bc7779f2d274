package org.gongkai.validation.rules.consistency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.OrganisationUnit;
import org.gongkai.model.TableKind;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;
import org.gongkai.validation.Sums;

/**
 * 机关运行经费 is the 公用经费 of 行政 and 参公 units: equal to it when every unit is of that kind,
 * never above it otherwise. A statement may say in its own words that its 机关运行经费 is counted more
 * widely (“将专项中包含的运行经费统计在这张表中”, the scope of 2017): then the two are not compared, and
 * the rule says so. Those wordings are data ({@code operating-costs-wider-scope.tsv}).
 */
public final class OperatingCostsMatchPublicCosts extends AbstractRule {

    /** Wordings saying that 机关运行经费 includes the running costs inside projects. */
    private static final List<Pattern> WIDER_SCOPE = widerScope();
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    public OperatingCostsMatchPublicCosts() {
        super(new RuleInfo("operating-costs-match-public-costs", Category.CONSISTENCY, Severity.ERROR,
                "名词解释：机关运行经费指行政单位和参公事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费",
                "全部为行政或参公单位时，机关运行经费等于公用经费；否则不超过公用经费",
                "Operating costs equal public costs when every unit is administrative, and never exceed them",
                "参公单位：机关运行经费9.56万元，公用经费9.06万元"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        Amount operating = d.operatingCosts() == null ? null : Sums.amount(d.operatingCosts().total());
        if (operating == null) {
            return none();
        }
        Amount publicCosts = d.overview() == null || d.overview().expenditure() == null ? null
                : Sums.amount(d.overview().expenditure().publicCosts());
        String source = "公用经费";
        if (publicCosts == null) {
            publicCosts = d.table(TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE)
                    .map(BudgetTable::total).flatMap(t -> t.amount(Column.PUBLIC)).orElse(null);
            source = "一般公共预算基本支出表公用经费合计";
        }
        if (publicCosts == null) {
            return none();
        }
        List<OrganisationUnit> units = d.organisation() == null ? List.of() : d.organisation().units();
        boolean allAdministrative = !units.isEmpty() && units.stream().allMatch(OrganisationUnit::isAdministrative);
        String at = Pointer.of("operatingCosts", "total", "amount");
        boolean differs = allAdministrative ? !context.agree(operating, publicCosts)
                : operating.compareTo(publicCosts) > 0 && !context.agree(operating, publicCosts);
        if (differs && statesWiderScope(d)) {
            return List.of(couldNotCheck(at, "说明称机关运行经费包含项目中的运行经费，机关运行经费" + operating + "不与" + source
                    + publicCosts + "比较",
                    "the statement says its operating costs include running costs inside projects; " + operating
                            + " is not compared with public costs " + publicCosts));
        }
        if (allAdministrative && !context.agree(operating, publicCosts)) {
            return List.of(mismatch(at, "机关运行经费", publicCosts, operating,
                    "本部门均为行政或参公单位，机关运行经费" + operating + "应等于" + source + publicCosts,
                    "every unit is administrative, so operating costs " + operating + " should equal public costs " + publicCosts));
        }
        if (!allAdministrative && operating.compareTo(publicCosts) > 0 && !context.agree(operating, publicCosts)) {
            return List.of(mismatch(at, "机关运行经费", publicCosts, operating,
                    "机关运行经费" + operating + "超过" + source + publicCosts,
                    "operating costs " + operating + " exceed public costs " + publicCosts));
        }
        return none();
    }

    private static boolean statesWiderScope(Disclosure d) {
        String note = d.operatingCosts().note();
        String reason = d.operatingCosts().total() == null ? null : d.operatingCosts().total().reason();
        for (String text : new String[] {note, reason}) {
            if (text != null && text.contains("运行经费")) {
                String flat = WHITE_SPACE.matcher(text).replaceAll("");
                if (WIDER_SCOPE.stream().anyMatch(p -> p.matcher(flat).find())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Pattern> widerScope() {
        try (InputStream in = OperatingCostsMatchPublicCosts.class
                .getResourceAsStream("/org/gongkai/validation/operating-costs-wider-scope.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing rule data operating-costs-wider-scope.tsv");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(Pattern::compile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
