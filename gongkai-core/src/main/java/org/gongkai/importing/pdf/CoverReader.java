package org.gongkai.importing.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document says of itself, wherever it says it: the title on its cover (one or several
 * lines before the 目录), the fiscal year, and who publishes it (预算单位：…, 部门：… over a table, the
 * name in front of the year in the title or in the statement's sentences: 江苏省政协办公厅2019年度收入…).
 * Nothing is assumed: a fact the document does not print is absent.
 */
final class CoverReader {

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final Pattern YEAR_OF_DOCUMENT = Pattern.compile("(20\\d{2})\\s*年\\s*度?\\s*(部门|单位|预算单位|区级|市级|省级|县级)?\\s*(预算|决算)");
    private static final Pattern PUBLISHER = Pattern.compile(
            "^(预算单位|预算主管部门|主管部门|编制单位|编制部门|部门名称|单位名称|部门|单位)[：:]\\s*(\\S+?)(\\s.*)?$");
    private static final Pattern NAME_BEFORE_YEAR = Pattern.compile(
            "([\\p{IsHan}（）()]{3,40}?(厅|局|委|办|办公室|院|会|部|馆|所|站|中心|署|处|社|团|校|队|园|街道|镇|乡|政府|委员会|联合会|协会|学会|集团|公司))\\s*(20\\d{2})\\s*年");
    private static final Pattern PUBLISHER_IN_LINE = Pattern.compile(
            "(预算单位|预算主管部门|主管部门|编制单位|编制部门|部门名称|单位名称|部门)[：:]\\s*([\\p{IsHan}（）()]{3,40})");
    /** A part's or a heading's number in front of a name: 第二部分, 三、, （一）. */
    private static final Pattern PART_NUMBER = Pattern.compile("^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—\\s]*\\d+[-—\\s]*$");

    /** A cover's title is printed on a few lines at most. */
    private static final int MAX_COVER_LINES = 4;

    private CoverReader() {}

    /** The cover: the lines of the first page before its 目录 that name the document, joined. */
    record Cover(String title, List<Integer> lines) {}

    static Optional<Cover> cover(List<PdfLine> lines) {
        StringBuilder title = new StringBuilder();
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < lines.size() && lines.get(i).page() == 1; i++) {
            String t = lines.get(i).text().replace(" ", "");
            if (t.equals("目录") || t.startsWith("第一部分") || t.startsWith("一、") || t.endsWith("表")
                    || used.size() == MAX_COVER_LINES) {
                break;
            }
            if (PAGE_NUMBER.matcher(t).matches() || t.isEmpty() || t.length() > 40 || t.contains("：") || t.contains(":")
                    || t.matches("^\\d{4}年\\d{1,2}月(\\d{1,2}日)?$")) {
                continue;
            }
            title.append(t);
            used.add(i);
        }
        String t = title.toString();
        if (used.isEmpty() || !(t.contains("预算") || t.contains("决算")) || t.endsWith("表")) {
            return Optional.empty();
        }
        return Optional.of(new Cover(t, used));
    }

    /**
     * The fiscal year the document is about: the year its cover gives, else the year most often
     * printed before 预算 or 决算 (2019年度部门预算表, 2025年预算单位…), or none.
     */
    static Optional<Integer> fiscalYear(List<PdfLine> lines, Optional<Cover> cover) {
        if (cover.isPresent()) {
            Matcher m = YEAR.matcher(cover.get().title());
            if (m.find()) {
                return Optional.of(Integer.parseInt(m.group(1)));
            }
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (PdfLine l : lines) {
            Matcher m = YEAR_OF_DOCUMENT.matcher(l.text());
            while (m.find()) {
                counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    /** The year the table titles name (2019年政府采购预算表), when the document names none before 预算. */
    static Optional<Integer> yearOfTitles(List<String> titles) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String t : titles) {
            Matcher m = YEAR.matcher(t);
            if (m.find()) {
                counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** The line that names the publisher (预算单位：…, 部门：… above a table), its index and the name. */
    record Publisher(int line, String name) {}

    /**
     * The first line that names the publisher, with the name as the document prints it in full: a name
     * wrapped in a narrow header cell (部门名称：江苏省人大, then 常委会办公厅 a line or two below) is
     * completed by a longer name another header of the document prints in one piece
     * (部门：江苏省人大常委会办公厅), when what it adds is the wrapped piece.
     */
    static Optional<Publisher> publisherLine(List<PdfLine> lines) {
        Optional<Publisher> first = Optional.empty();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Optional<String> name = publisherNamed(lines.get(i).text().strip());
            if (name.isPresent()) {
                names.add(name.get());
                if (first.isEmpty()) {
                    first = Optional.of(new Publisher(i, name.get()));
                }
            }
        }
        return first.map(p -> new Publisher(p.line(), completed(p, names, lines)));
    }

    /** Lines below a header within which a wrapped cell prints its rest. */
    private static final int WRAP_LINES = 3;

    private static String completed(Publisher publisher, List<String> names, List<PdfLine> lines) {
        String name = publisher.name();
        String longest = name;
        for (String other : names) {
            if (other.length() > longest.length() && other.startsWith(name)
                    && printedBelow(other.substring(name.length()), publisher.line(), lines)) {
                longest = other;
            }
        }
        return longest;
    }

    private static boolean printedBelow(String rest, int line, List<PdfLine> lines) {
        for (int i = line + 1; i <= Math.min(lines.size() - 1, line + WRAP_LINES); i++) {
            if (lines.get(i).text().replace(" ", "").startsWith(rest)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> publisherNamed(String text) {
        if (!hasColon(text)) {
            return Optional.empty(); // both patterns need a colon after the label: most lines fail here, cheaply
        }
        Matcher m = PUBLISHER.matcher(text);
        if (m.matches() && !m.group(2).startsWith("万元") && !m.group(2).equals("元")
                && m.group(2).length() >= 3 && m.group(2).matches(".*\\p{IsHan}.*")) {
            return Optional.of(m.group(2));
        }
        return publisher(text);
    }

    /** A publisher named inside a line: 部门：江苏省政协办公厅 单位：万元. */
    static Optional<String> publisher(String text) {
        if (!hasColon(text)) {
            return Optional.empty();
        }
        Matcher m = PUBLISHER_IN_LINE.matcher(text);
        return m.find() ? Optional.of(m.group(2)) : Optional.empty();
    }

    private static boolean hasColon(String text) {
        return text.indexOf('：') >= 0 || text.indexOf(':') >= 0;
    }

    /**
     * The name printed in front of the fiscal year, most often: in the title (江苏省政协办公厅2019年度部门预算)
     * or the statement's sentences. None when no name stands there.
     */
    /**
     * The publisher as a cover's title prints it before the year (上海市 XX 局2024年度部门决算), whatever it
     * is made of: a template's placeholder is kept as printed, for the text rules to flag.
     */
    static Optional<String> nameOnCover(String coverText, int year) {
        Matcher m = Pattern.compile(year + "\\s*年").matcher(coverText);
        String name = m.find() ? coverText.substring(0, m.start()).strip() : "";
        return name.length() >= 2 ? Optional.of(name) : Optional.empty();
    }

    static Optional<String> nameBeforeYear(List<String> texts, int year) {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            if (text.indexOf('年') < 0) {
                continue; // no year printed: the pattern, slow to fail on a long line, cannot match
            }
            Matcher m = NAME_BEFORE_YEAR.matcher(text.replace(" ", ""));
            while (m.find()) {
                if (Integer.parseInt(m.group(3)) == year) {
                    String name = PART_NUMBER.matcher(m.group(1)).replaceFirst("");
                    counts.merge(name, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getKey);
    }
}
