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
 * Finds the standard tables of a disclosure by their title lines, as the document's template
 * profile names them, and their numbers by the entries of the 目录 (1. 2025年预算单位财务收支预算总表 …).
 * A list of titles one under another (a 目录 without page numbers) is not a table.
 */
final class TableFinder {

    /** A table title found on a page: the line index in the document, the kind, the title as printed. */
    record Title(int index, TableKind kind, String title) {}

    private static final Pattern SHORT_PHRASE = Pattern.compile("^[^，。；：]{1,6}$");
    private static final Pattern ENTRY_NUMBER = Pattern.compile("^\\d+\\s*[.．、]");
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("^(\\d+)\\s*[.．、]\\s*(.*?)[\\s…]*$");

    private static final Pattern NUMBER_LABEL =
            Pattern.compile("^附?表\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})(-[0-9]{1,2})?(\\s*[：:、.．]\\s*|\\s+)");

    /** The most a title's second line may hold when the title is broken over two (支出预算 / 表). */
    private static final int WRAPPED_TAIL = 4;

    private TableFinder() {}

    /** The title lines of the tables, in document order (entries of the 目录 are not titles). */
    static List<Title> titles(List<PdfLine> lines, Template template) {
        List<Title> titles = new ArrayList<>();
        String contentsPage = null;
        for (int i = 0; i < lines.size(); i++) {
            PdfLine line = lines.get(i);
            String text = line.text().strip();
            if (text.replace(" ", "").equals("目录")) {
                contentsPage = line.file() + "#" + line.page();
            }
            if (CONTENTS_ENTRY.matcher(text).matches() || text.contains("…")
                    || (line.file() + "#" + line.page()).equals(contentsPage)) {
                continue;
            }
            Optional<TableKind> kind = template.tableKind(text);
            if (kind.isEmpty() && i + 1 < lines.size() && !text.endsWith("表")) {
                // a title broken over two lines: …培训费支出预算 / 表
                String next = lines.get(i + 1).text().strip();
                if (next.length() <= WRAPPED_TAIL && next.endsWith("表")) {
                    text = text + next;
                    kind = template.tableKind(text);
                }
            }
            if (kind.isEmpty() || isListed(lines, i, template)) {
                continue;
            }
            titles.add(new Title(i, kind.get(), withoutNumberLabel(text).replace(" ", "")));
        }
        return titles;
    }

    /**
     * The title without the number label some templates print before it on the same line (表1,
     * 附表3：, 表一、); the number itself comes from the 目录, the label is not part of the title.
     */
    static String withoutNumberLabel(String title) {
        String rest = NUMBER_LABEL.matcher(title).replaceFirst("");
        return rest.isEmpty() ? title : rest;
    }

    /** Whether the title at {@code i} stands in a list of titles (a line next to it is a title too). */
    private static boolean isListed(List<PdfLine> lines, int i, Template template) {
        return listedAlong(lines, i, 1, template) || listedAlong(lines, i, -1, template);
    }

    private static boolean listedAlong(List<PdfLine> lines, int i, int step, Template template) {
        for (int j = i + step; j >= 0 && j < lines.size() && Math.abs(j - i) <= 2; j += step) {
            String next = lines.get(j).text().strip();
            if (template.tableKind(next).isPresent()) {
                return true;
            }
            if (!next.isEmpty() && !SHORT_PHRASE.matcher(next).matches()) {
                return false;
            }
        }
        return false;
    }

    /** The numbers the 目录 gives the tables, by kind. */
    static Map<TableKind, String> contents(List<PdfLine> lines, Template template) {
        Map<TableKind, String> numbers = new LinkedHashMap<>();
        for (PdfLine line : lines) {
            Matcher m = CONTENTS_ENTRY.matcher(line.text().strip());
            if (m.matches()) {
                template.tableKind(m.group(2).replace("…", "").strip())
                        .ifPresent(k -> numbers.putIfAbsent(k, m.group(1)));
            }
        }
        return numbers;
    }

    /** Whether the line is the index of a 目录 entry (its line is skipped as a title). */
    static boolean isContentsEntry(PdfLine line, Template template) {
        String text = line.text().strip();
        return (CONTENTS_ENTRY.matcher(text).matches() && template.tableKind(ENTRY_NUMBER.matcher(text).replaceFirst("")
                .replace("…", "").strip()).isPresent()) || text.contains("……") || DOT_LEADER.matcher(text).find();
    }

    /** A contents entry's leader of dots and its page number, as word processors print them: 一、主要职能 ...... 3. */
    private static final Pattern DOT_LEADER = Pattern.compile("[.·．]{6,}\\s*\\d+$");
}
