package org.gongkai.validation.rules.completeness;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.model.profile.SectionKind;
import org.gongkai.model.profile.SectionSpec;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/** Every section the template profile requires is present and not empty. */
public final class RequiredSectionsPresent extends AbstractRule {

    public RequiredSectionsPresent() {
        super(new RuleInfo("required-sections-present", Category.COMPLETENESS, Severity.ERROR,
                "财预〔2016〕143号：部门预算公开内容（职责、机构、收支、机关运行经费、三公、采购、资产、绩效、名词解释）",
                "模板要求的每个部分都存在且有内容",
                "Every section the template profile requires is present",
                "缺少“名词解释”部分"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        if (context.profile() == null) {
            return List.of(couldNotCheck(Pointer.of("document", "profile"),
                    "模板配置“" + d.document().profile() + "”未知", "profile '" + d.document().profile() + "' is unknown"));
        }
        List<Finding> findings = new ArrayList<>();
        for (SectionSpec s : context.profile().sections()) {
            if (s.required() && !present(d, s.kind())) {
                String field = field(s.kind());
                findings.add(finding("/" + field, s.title(),
                        "缺少模板要求的部分“" + s.title() + "”（" + field + "）",
                        "the section '" + s.title() + "' (" + field + ") required by the profile is missing"));
            }
        }
        return findings;
    }

    static boolean present(Disclosure d, SectionKind kind) {
        return switch (kind) {
            case DUTIES -> !d.duties().isEmpty() || d.dutiesIntroduction() != null;
            case ORGANISATION -> d.organisation() != null
                    && (!d.organisation().units().isEmpty() || notBlank(d.organisation().description()));
            case GLOSSARY -> !d.glossary().isEmpty();
            case OVERVIEW -> d.overview() != null && (d.overview().income() != null || d.overview().expenditure() != null
                    || d.overview().introduction() != null);
            case OPERATING_COSTS -> d.operatingCosts() != null;
            case THREE_PUBLIC -> d.threePublic() != null;
            case PERFORMANCE -> d.performance() != null;
            case PROCUREMENT -> d.procurement() != null;
            case ASSETS -> d.assets() != null;
            case TABLES -> !d.tables().isEmpty();
            case PROJECT_NOTES -> !d.projectNotes().isEmpty();
            case OTHER_MATTERS -> notBlank(d.otherMatters());
            case INCOME -> d.overview() != null && d.overview().income() != null;
            case EXPENDITURE -> d.overview() != null && d.overview().expenditure() != null;
            case BASIC_EXPENDITURE -> d.overview() != null && d.overview().expenditure() != null
                    && d.overview().expenditure().basic() != null;
            case FISCAL_GRANT -> d.finalAccounts() != null && d.finalAccounts().fiscalGrantTotal() != null;
            case GENERAL_BUDGET_EXPENDITURE -> d.finalAccounts() != null
                    && (d.finalAccounts().generalBudgetExpenditure() != null || d.finalAccounts().generalBudgetOutturn() != null);
            case GOVERNMENT_FUND -> d.finalAccounts() != null && notBlank(d.finalAccounts().governmentFund());
            case STATE_CAPITAL -> d.finalAccounts() != null && notBlank(d.finalAccounts().stateCapital());
        };
    }

    static String field(SectionKind kind) {
        return switch (kind) {
            case DUTIES -> "duties";
            case ORGANISATION -> "organisation";
            case GLOSSARY -> "glossary";
            case OVERVIEW -> "overview";
            case OPERATING_COSTS -> "operatingCosts";
            case THREE_PUBLIC -> "threePublic";
            case PERFORMANCE -> "performance";
            case PROCUREMENT -> "procurement";
            case ASSETS -> "assets";
            case TABLES -> "tables";
            case PROJECT_NOTES -> "projectNotes";
            case OTHER_MATTERS -> "otherMatters";
            case INCOME -> "overview/income";
            case EXPENDITURE -> "overview/expenditure";
            case BASIC_EXPENDITURE -> "overview/expenditure/basic";
            case FISCAL_GRANT -> "finalAccounts/fiscalGrantTotal";
            case GENERAL_BUDGET_EXPENDITURE -> "finalAccounts/generalBudgetExpenditure";
            case GOVERNMENT_FUND -> "finalAccounts/governmentFund";
            case STATE_CAPITAL -> "finalAccounts/stateCapital";
        };
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
