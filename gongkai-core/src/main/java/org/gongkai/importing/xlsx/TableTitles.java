package org.gongkai.importing.xlsx;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.TableKind;

/**
 * Which standard table a title names: the standard title ({@link TableKind#standardTitle()}) or a
 * common variant, e.g. 2025年预算单位财务收支预算总表 is the 部门收支总表 and
 * …一般公共预算基本支出部门预算经济分类预算表 the 一般公共预算基本支出表. 政府采购预算表 and
 * 固定资产占用情况表 are not budget tables in the model and are not matched.
 */
final class TableTitles {

    /** A title as printed may start with its number: 表1, 附表3-1, 表 5： */
    private static final Pattern NUMBER = Pattern.compile("^附?表\\s*(\\d+(?:[-－]\\d+)?)[\\s:：、.．]*");
    private static final Pattern QUOTES = Pattern.compile("[\"“”'‘’「」『』]");
    private static final Pattern INCOME_EXPENDITURE = Pattern.compile("收支(预算)?总表");
    private static final Pattern INCOME = Pattern.compile("收入(预算)?总表");
    private static final Pattern EXPENDITURE = Pattern.compile("支出(预算)?总表");
    /**
     * The kinds a title is matched against by its ending, the longest title first: 支出决算表 ends
     * 一般公共预算财政拨款支出决算表 too, which must not be taken for it.
     */
    private static final List<TableKind> BUDGET_KINDS = List.of(TableKind.values()).stream()
            .filter(k -> k != TableKind.PROCUREMENT && k != TableKind.FIXED_ASSETS)
            .sorted(java.util.Comparator.comparingInt((TableKind k) -> k.standardTitle().length()).reversed())
            .toList();

    /** A title split into its printed number (null if none) and the title proper. */
    record Numbered(String number, String title) {}

    private TableTitles() {}

    static Numbered split(String printed) {
        String s = printed.strip();
        Matcher m = NUMBER.matcher(s);
        if (m.find()) {
            return new Numbered(m.group(1), s.substring(m.end()).strip());
        }
        return new Numbered(null, s);
    }

    /** The standard table the title names, if any. */
    static Optional<TableKind> kind(String printed) {
        String t = comparable(split(printed).title());
        if (!t.contains("表")) {
            return Optional.empty();
        }
        for (TableKind k : BUDGET_KINDS) {
            if (t.endsWith(comparable(k.standardTitle()))) {
                return Optional.of(k);
            }
        }
        return variant(t);
    }

    /** The variants, most specific first: 三公 and the fund tables before the general ones. */
    private static Optional<TableKind> variant(String t) {
        TableKind kind;
        if (t.contains("三公")) {
            kind = TableKind.THREE_PUBLIC;
        } else if (t.contains("政府性基金") && t.contains("支出")) {
            kind = TableKind.GOVERNMENT_FUND_EXPENDITURE;
        } else if (t.contains("国有资本经营") && t.contains("支出")) {
            kind = TableKind.STATE_CAPITAL_EXPENDITURE;
        } else if (t.contains("基本支出")) {
            kind = TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE;
        } else if (t.contains("财政拨款收支")) {
            kind = TableKind.FISCAL_GRANT_SUMMARY;
        } else if (INCOME_EXPENDITURE.matcher(t).find()) {
            kind = TableKind.INCOME_EXPENDITURE_SUMMARY;
        } else if (INCOME.matcher(t).find()) {
            kind = TableKind.INCOME_SUMMARY;
        } else if (EXPENDITURE.matcher(t).find()) {
            kind = TableKind.EXPENDITURE_SUMMARY;
        } else if (t.contains("项目支出表") || t.contains("项目支出预算表")) {
            kind = TableKind.PROJECT_EXPENDITURE;
        } else if (t.contains("一般公共预算") && t.contains("支出")) {
            kind = TableKind.GENERAL_BUDGET_EXPENDITURE;
        } else {
            kind = null;
        }
        return Optional.ofNullable(kind);
    }

    private static String comparable(String title) {
        return QUOTES.matcher(Labels.normalise(title)).replaceAll("");
    }
}
