package org.gongkai.validation.rules.completeness;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.model.profile.TableSpec;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/** Every standard table the profile requires is in the document (an empty one with its note counts). */
public final class RequiredTablesPresent extends AbstractRule {

    public RequiredTablesPresent() {
        super(new RuleInfo("required-tables-present", Category.COMPLETENESS, Severity.ERROR,
                "财预〔2016〕143号：部门预算公开的表格应完整，空表也应公开并说明",
                "模板要求的每张预算表都在文档中",
                "Every table the template profile requires is in the document",
                "缺少表8《政府性基金预算支出表》"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        if (context.profile() == null) {
            return none();
        }
        List<Finding> findings = new ArrayList<>();
        for (TableSpec spec : context.profile().tables()) {
            if (spec.required() && d.table(spec.kind()).isEmpty()) {
                findings.add(finding(Pointer.of("tables"), spec.title(),
                        "缺少表" + spec.number() + "《" + spec.title() + "》",
                        "table " + spec.number() + " '" + spec.title() + "' is missing"));
            }
        }
        return findings;
    }
}
