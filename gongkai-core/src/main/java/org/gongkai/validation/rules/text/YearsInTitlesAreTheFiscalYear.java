package org.gongkai.validation.rules.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/** The year in the document's title and in every table title is the fiscal year. */
public final class YearsInTitlesAreTheFiscalYear extends AbstractRule {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})\\s*年");

    public YearsInTitlesAreTheFiscalYear() {
        super(new RuleInfo("years-in-titles-are-the-fiscal-year", Category.TEXT, Severity.ERROR,
                "地方预决算公开操作规程：公开内容应准确",
                "文档标题和表格标题中的年份是本预算年度",
                "The years in the document's and the tables' titles are the fiscal year",
                "2020年预算文档中的表题“2019年部门收支总表”"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        check(d, d.document().title(), Pointer.of("document", "title"), findings);
        for (int i = 0; i < d.tables().size(); i++) {
            check(d, d.tables().get(i).title(), Pointer.of("tables", i, "title"), findings);
        }
        return findings;
    }

    private void check(Disclosure d, String title, String at, List<Finding> findings) {
        Matcher m = YEAR.matcher(title);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year != d.fiscalYear()) {
                findings.add(finding(at, title,
                        "标题“" + title + "”中的年份" + year + "不是预算年度" + d.fiscalYear(),
                        "the title '" + title + "' names " + year + ", not the fiscal year " + d.fiscalYear()));
            }
        }
    }
}
