package org.gongkai.validation.rules;

import java.util.List;
import java.util.Locale;
import org.gongkai.validation.Rule;
import org.gongkai.validation.RuleInfo;

/** docs/rules.md, written from the catalogue itself so that the two cannot drift apart. */
public final class RulesDocument {

    private static final List<String[]> FAMILIES = List.of(
            new String[] {"ARITHMETIC", "Arithmetic 算术", "Every total against its parts, exact within one unit."},
            new String[] {"CONSISTENCY", "Consistency 一致性", "Across sections and tables, 元 and 万元 converted, within the tolerance the stated precision allows."},
            new String[] {"YOY", "Year over year 同比", "Last year, the stated change and its reason."},
            new String[] {"PERFORMANCE", "Performance 绩效", "Indicators against the framework of the profile in force (效果 counts as 效益)."},
            new String[] {"COMPLETENESS", "Completeness 完整性", "Sections and tables the profile requires; empty tables with their notes."},
            new String[] {"TEXT", "Text 文字", "Wording: other levels of government, placeholders, years, names, spelling."},
            new String[] {"DEADLINE", "Deadline 时限", "Publication within 20 days of approval."});

    private RulesDocument() {}

    public static String markdown(List<Rule> rules) {
        StringBuilder s = new StringBuilder();
        s.append("# Rules\n\n");
        s.append("The rule catalogue of `gongkai validate` (`StandardRules.rules()`), ").append(rules.size())
                .append(" rules. This page is generated from the catalogue (`gongkai rules --format markdown`);\n")
                .append("`RulesDocumentTest` fails when the two differ.\n\n")
                .append("Every finding carries the rule's id, its category and severity, a JSON pointer into the\n")
                .append("canonical document, the item in the document's words, the message in Chinese and English, and\n")
                .append("for numbers the expected and actual amounts and their difference. A rule that lacks the data it\n")
                .append("needs says so with an `info` finding (无法检查 / could not check) instead of passing silently.\n\n")
                .append("Tolerance: exact within one unit. Between amounts in different units (元 tables, 万元 text) the\n")
                .append("allowance is 0.01 万元, or half the last digit the coarser amount states when that is larger\n")
                .append("(17,192万元 is stated to the 万元, so ±0.5万元). Severities can be changed or rules switched off per\n")
                .append("profile or region with `gongkai validate --rules FILE` (see `RuleSettings`), and rule parameters\n")
                .append("set there as `name=value`: `change-has-a-reason reason-required-from=10%` (a reason is required\n")
                .append("for changes of 10% and more; default every change), `classification-hierarchy-adds-up\n")
                .append("rounding-per-part=0` (exact sums; default each printed part may be off by half its last digit).\n")
                .append("The same parameter holds for the statement's own sums (收入, 支出, 基本支出, 机关运行经费, “三公”):\n")
                .append("each stated figure may be off by half the last digit it is printed to (6.2万元 by 0.05, 346.30万元\n")
                .append("by 0.005; 元 and zeros are exact), so a whole within the sum of those halves of its parts is `info`.\n\n")
                .append("One root cause, one finding: a line stated wrong breaks its own sum, its parent's and every column\n")
                .append("that carries it; it is reported once, where the difference starts, with the columns and parent\n")
                .append("lines it reaches named in the message. A difference within the rounding of the printed parts is\n")
                .append("`info`, with the tolerance stated. Stated percentages in the text (增长x%, 下降x%, 占x%) are checked\n")
                .append("against the interval the rounded amounts beside them allow, to half the percentage's last digit.\n\n")
                .append("Final accounts (决算): the rules of `org.gongkai.validation.rules.finalaccounts` check a 决算 and\n")
                .append("return nothing for a budget. A 决算 table in 万元 prints every cell rounded, so a whole and its n\n")
                .append("parts may differ by n + 1 half-digits (0.005 万元 each): such a difference is reported as an `info`\n")
                .append("hint (尾差), a larger one with the rule's severity. Stated percentages (完成年初预算的x%, 占x%) are\n")
                .append("checked against the interval the rounded amounts allow, to half the percentage's last digit.\n\n");
        s.append("| id | category | severity | statement |\n|---|---|---|---|\n");
        for (Rule r : rules) {
            s.append("| [`").append(r.id()).append("`](#").append(r.id()).append(") | ")
                    .append(lower(r.info().category())).append(" | ").append(lower(r.info().severity())).append(" | ")
                    .append(r.info().statement()).append(" |\n");
        }
        List<RuleInfo> across = StandardRules.acrossDocuments();
        for (RuleInfo i : across) {
            s.append("| [`").append(i.id()).append("`](#").append(i.id()).append(") | ").append(lower(i.category()))
                    .append(" (across documents) | ").append(lower(i.severity())).append(" | ").append(i.statement()).append(" |\n");
        }
        for (String[] family : FAMILIES) {
            List<Rule> members = rules.stream().filter(r -> r.info().category().name().equals(family[0])).toList();
            if (members.isEmpty()) {
                continue;
            }
            s.append("\n## ").append(family[1]).append("\n\n").append(family[2]).append("\n");
            for (Rule r : members) {
                describe(s, r.info());
            }
        }
        s.append("\n## Across documents 跨文档\n\n")
                .append("Rules that need two documents of the same department: last year's disclosure of the same kind,\n")
                .append("or, for a 决算, the budget published for the same year. `gongkai audit DIR` pairs the documents\n")
                .append("of a folder by department and year and reports these on the later document (the 决算); a caller\n")
                .append("holding a 决算 and its budget runs the latter with `CheckFinalAccountsAgainstBudget`. Compared only\n")
                .append("where both documents state the figure.\n");
        for (RuleInfo i : across) {
            describe(s, i);
        }
        return s.toString();
    }

    private static void describe(StringBuilder s, RuleInfo i) {
        s.append("\n### ").append(i.id()).append("\n\n")
                .append(i.statement()).append("  \n").append(i.statementEn()).append("\n\n")
                .append("- category: `").append(lower(i.category())).append("`, default severity: `")
                .append(lower(i.severity())).append("`\n")
                .append("- basis: ").append(i.basis()).append("\n")
                .append("- fires on: ").append(i.example()).append("\n");
        if (i.silentExample() != null) {
            s.append("- stays silent on: ").append(i.silentExample()).append("\n");
        }
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
