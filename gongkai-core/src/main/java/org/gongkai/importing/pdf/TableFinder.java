package org.gongkai.importing.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.TableKind;

/**
 * Finds the standard tables of a Shanghai disclosure by their title lines, and their numbers by
 * the entries of the 目录 (1. 2025年预算单位财务收支预算总表 …).
 */
final class TableFinder {

    /** A table title found on a page: the line index in the document, the kind, the title as printed. */
    record Title(int index, TableKind kind, String title) {}

    private static final Pattern CONTENTS_ENTRY = Pattern.compile("^(\\d+)\\s*[.．、]\\s*(.*?)[\\s…]*$");

    private TableFinder() {}

    /** The kind of table a title names, if it is the title of a standard table. */
    static Optional<TableKind> kindOf(String title) {
        String t = title.replace(" ", "");
        if (!t.endsWith("表")) {
            return Optional.empty();
        }
        if (t.contains("三公") && t.contains("机关运行经费")) {
            return Optional.of(TableKind.THREE_PUBLIC);
        }
        if (t.endsWith("财政拨款收支预算总表")) {
            return Optional.of(TableKind.FISCAL_GRANT_SUMMARY);
        }
        if (t.endsWith("财务收支预算总表")) {
            return Optional.of(TableKind.INCOME_EXPENDITURE_SUMMARY);
        }
        if (t.endsWith("收入预算总表")) {
            return Optional.of(TableKind.INCOME_SUMMARY);
        }
        if (t.endsWith("支出预算总表")) {
            return Optional.of(TableKind.EXPENDITURE_SUMMARY);
        }
        if (t.contains("一般公共预算基本支出") && t.endsWith("经济分类预算表")) {
            return Optional.of(TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE);
        }
        if (t.endsWith("一般公共预算支出功能分类预算表")) {
            return Optional.of(TableKind.GENERAL_BUDGET_EXPENDITURE);
        }
        if (t.endsWith("政府性基金预算支出功能分类预算表")) {
            return Optional.of(TableKind.GOVERNMENT_FUND_EXPENDITURE);
        }
        if (t.endsWith("国有资本经营预算支出功能分类预算表")) {
            return Optional.of(TableKind.STATE_CAPITAL_EXPENDITURE);
        }
        return Optional.empty();
    }

    /** The title lines of the tables, in document order (entries of the 目录 are not titles). */
    static List<Title> titles(List<PdfLine> lines) {
        List<Title> titles = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text().strip();
            if (CONTENTS_ENTRY.matcher(text).matches() || text.contains("…")) {
                continue;
            }
            int index = i;
            kindOf(text).ifPresent(k -> titles.add(new Title(index, k, text.replace(" ", ""))));
        }
        return titles;
    }

    /** The numbers the 目录 gives the tables, by kind. */
    static Map<TableKind, String> contents(List<PdfLine> lines) {
        Map<TableKind, String> numbers = new LinkedHashMap<>();
        for (PdfLine line : lines) {
            Matcher m = CONTENTS_ENTRY.matcher(line.text().strip());
            if (m.matches()) {
                kindOf(m.group(2).replace("…", "").strip())
                        .ifPresent(k -> numbers.putIfAbsent(k, m.group(1)));
            }
        }
        return numbers;
    }

    /** Whether the line is the index of a 目录 entry (its line is skipped as a title). */
    static boolean isContentsEntry(PdfLine line) {
        String text = line.text().strip();
        return (CONTENTS_ENTRY.matcher(text).matches() && kindOf(text.replaceFirst("^\\d+\\s*[.．、]", "")
                .replace("…", "").strip()).isPresent()) || text.contains("……");
    }
}
