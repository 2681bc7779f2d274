package org.gongkai.validation.rules.finalaccounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.ClassificationLevel;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Pointer;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;
import org.gongkai.validation.Spaces;
import org.gongkai.validation.Sums;
import org.gongkai.validation.TableLines;

/**
 * The common ground of the final accounts rules: they check a 决算 and nothing else, find tables by kind,
 * and weigh a whole against its parts with the rounding the table's unit allows.
 */
abstract class FinalAccountsRule extends AbstractRule {

    private static final Pattern NUMBERING = Pattern.compile("^[一二三四五六七八九十]+、\\s*");

    /** A table of the document and where it stands in {@code tables}. */
    record Located(BudgetTable table, int index) {
        String at(Object... parts) {
            Object[] all = new Object[parts.length + 2];
            all[0] = "tables";
            all[1] = index;
            System.arraycopy(parts, 0, all, 2, parts.length);
            return Pointer.of(all);
        }
    }

    protected FinalAccountsRule(RuleInfo info) {
        super(info);
    }

    @Override
    public final List<Finding> check(Disclosure d, CheckContext context) {
        if (!d.document().kind().isFinalAccounts()) {
            return none();
        }
        List<Finding> findings = new ArrayList<>();
        checkFinal(d, context, findings);
        return findings;
    }

    /** Checks a final accounts' disclosure, adding what it finds. */
    abstract void checkFinal(Disclosure d, CheckContext context, List<Finding> findings);

    static Optional<Located> table(Disclosure d, TableKind kind) {
        for (int i = 0; i < d.tables().size(); i++) {
            if (d.tables().get(i).kind() == kind) {
                return Optional.of(new Located(d.tables().get(i), i));
            }
        }
        return Optional.empty();
    }

    Finding missingTable(TableKind kind) {
        return couldNotCheck(Pointer.of("tables"), "缺少《" + kind.standardTitle() + "》",
                "the table '" + kind.standardTitle() + "' is missing");
    }

    /**
     * The column of 本年支出 in the 政府性基金 and 国有资本经营 决算 tables: {@code current_expenditure}, or
     * {@code total} where a table names its 本年支出 合计 so.
     */
    static Column spending(BudgetTable t) {
        boolean current = t.columns().contains(Column.CURRENT_EXPENDITURE)
                || (t.total() != null && t.total().amounts().containsKey(Column.CURRENT_EXPENDITURE))
                || t.rows().stream().anyMatch(r -> r.amounts().containsKey(Column.CURRENT_EXPENDITURE));
        return current ? Column.CURRENT_EXPENDITURE : Column.TOTAL;
    }

    static Amount cell(TableRow row, Column c) {
        return row == null ? null : row.amounts().get(c);
    }

    /** Each column's field name in the canonical file, spelled once. */
    private static final String[] SPELLINGS = java.util.Arrays.stream(Column.values())
            .map(c -> c.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);

    static String spelling(Column c) {
        return SPELLINGS[c.ordinal()];
    }

    static String subject(TableRow row) {
        return (row.code() == null ? "" : row.code() + " ") + row.name();
    }

    /** A line's name without its numbering: 一、一般公共服务支出 is 一般公共服务支出. */
    static String plainName(String name) {
        String plain = Spaces.removed(name);
        if (plain.isEmpty() || "一二三四五六七八九十".indexOf(plain.charAt(0)) < 0) {
            return plain; // no numbering to take off: most lines, and the pattern is not run
        }
        return NUMBERING.matcher(plain).replaceFirst("");
    }

    /** Whether a line's name begins with a Chinese number and 、 (一、, 十二、), as {@link #NUMBERING} finds it. */
    static boolean numbered(String name) {
        String s = name.strip();
        int i = 0;
        while (i < s.length() && "一二三四五六七八九十".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i > 0 && i < s.length() && s.charAt(i) == '、';
    }

    /** The top lines of a side: its 类 where it is classified, else its numbered lines, else all. */
    static List<TableRow> topLevel(List<TableRow> rows) {
        return topLevel(new TableLines(rows));
    }

    /** As {@link #topLevel(List)}, from the lines as the check has indexed them. */
    static List<TableRow> topLevel(TableLines lines) {
        List<TableRow> categories = lines.categories();
        if (!categories.isEmpty()) {
            return categories;
        }
        List<TableRow> numbered = lines.rows().stream().filter(r -> numbered(r.name())).toList();
        return numbered.isEmpty() ? lines.rows() : numbered;
    }

    /** The amounts of a column along some lines (null where a cell is blank). */
    static List<Amount> column(List<TableRow> rows, Column c) {
        List<Amount> cells = new ArrayList<>(rows.size());
        for (TableRow r : rows) {
            cells.add(r.amounts().get(c));
        }
        return cells;
    }

    /**
     * As {@link #exact(Amount, List)} for the cells of a column along some lines, summed as they are read:
     * no list of the cells and no amount for each partial sum (the parts of a table share its unit).
     */
    static boolean exact(Amount whole, List<TableRow> rows, Column c) {
        RunningSum sum = new RunningSum();
        for (int i = 0; i < rows.size(); i++) {
            sum.add(rows.get(i).amounts().get(c));
        }
        return sum.isExactly(whole);
    }

    /** As {@link #exact(Amount, List)} for the cells of some columns along one line, summed as they are read. */
    static boolean exactAcross(Amount whole, TableRow row, List<Column> columns) {
        RunningSum sum = new RunningSum();
        for (Column c : columns) {
            sum.add(row.amounts().get(c));
        }
        return sum.isExactly(whole);
    }

    /** The stated amounts added as they come, in the unit of the first, as {@link Sums#sum} adds them. */
    private static final class RunningSum {
        private BigDecimal sum;
        private MoneyUnit unit;

        void add(Amount a) {
            if (a == null) {
                return;
            }
            if (sum == null) {
                sum = a.value();
                unit = a.unit();
            } else {
                sum = sum.add(a.in(unit).value());
            }
        }

        /** Whether a whole is exactly this sum, as {@link #exact(Amount, List)} tells it. */
        boolean isExactly(Amount whole) {
            if (whole == null || sum == null) {
                return whole == null ? sum == null || sum.signum() == 0 : whole.isZero();
            }
            return whole.compareTo(new Amount(sum, unit)) == 0;
        }
    }

    /**
     * Whether a whole is exactly the sum of its parts (nothing stated counts as exact): the common case,
     * told before any pointer or message is spelled out.
     */
    static boolean exact(Amount whole, List<Amount> parts) {
        Amount sum = Sums.sum(parts);
        if (whole == null || sum == null) {
            return whole == null ? sum == null || sum.isZero() : whole.isZero();
        }
        return whole.compareTo(sum) == 0;
    }

    /**
     * Weighs a stated whole against the sum of its parts (blank parts are left out; a blank whole against
     * stated parts is zero). Returns whether there was anything to weigh.
     */
    boolean weigh(List<Finding> findings, String at, String subject, Amount whole, List<Amount> parts,
            String what, String whatEn) {
        return weigh(findings, at, subject, whole, parts, what, whatEn, "其组成之和", "its parts sum to");
    }

    /** As {@link #weigh(List, String, String, Amount, List, String, String)}, naming the parts (其下各款之和). */
    boolean weigh(List<Finding> findings, String at, String subject, Amount whole, List<Amount> parts,
            String what, String whatEn, String partsZh, String partsEn) {
        Amount sum = Sums.sum(parts);
        if (whole == null && sum == null) {
            return false;
        }
        Amount stated = whole == null ? Amount.zero(sum.unit()) : whole;
        Amount expected = sum == null ? Amount.zero(stated.unit()) : sum;
        int figures = Rounding.stated(parts) + (whole == null ? 0 : 1);
        Rounding.Verdict v = Rounding.compare(stated, expected, figures);
        if (v != Rounding.Verdict.AGREES) {
            report(findings, at, subject, expected, stated, v,
                    what + "为" + stated + "，" + partsZh + "为" + expected,
                    whatEn + " is " + stated + ", but " + partsEn + " " + expected);
        }
        return true;
    }

    /** Weighs two figures that state the same sum (in two tables, or a table and the statement). */
    boolean same(List<Finding> findings, String at, String subject, Amount expected, Amount actual,
            String whereExpected, String whereActual, String whereExpectedEn, String whereActualEn) {
        if (expected == null || actual == null) {
            return false;
        }
        Rounding.Verdict v = Rounding.compare(actual, expected, 2);
        if (v != Rounding.Verdict.AGREES) {
            report(findings, at, subject, expected, actual, v,
                    subject + "：" + whereExpected + "为" + expected + "，" + whereActual + "为" + actual,
                    subject + ": " + expected + " in " + whereExpectedEn + " but " + actual + " in " + whereActualEn);
        }
        return true;
    }

    /** Reports a difference: none when exact, a hint within rounding, the rule's finding beyond it. */
    void report(List<Finding> findings, String at, String subject, Amount expected, Amount actual, int figures,
            String zh, String en) {
        Rounding.Verdict v = Rounding.compare(actual, expected, figures);
        if (v != Rounding.Verdict.AGREES) {
            report(findings, at, subject, expected, actual, v, zh, en);
        }
    }

    /**
     * Reports a difference already weighed (the messages are spelled only then): a hint within rounding,
     * the rule's finding beyond it.
     */
    private void report(List<Finding> findings, String at, String subject, Amount expected, Amount actual,
            Rounding.Verdict v, String zh, String en) {
        if (v == Rounding.Verdict.ROUNDING) {
            findings.add(mismatch(at, subject, expected, actual, zh + "（差额在万元取整的尾差之内）",
                    en + " (within the rounding of figures in 万元)").withSeverity(Severity.INFO));
        } else {
            findings.add(mismatch(at, subject, expected, actual, zh, en));
        }
    }
}
