package org.gongkai.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.disclosure.Golden;
import org.gongkai.disclosure.StatementFigure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The goldens of {@code corpus/golden} are checked against the documents themselves, without the
 * readers: the text of each page of a PDF comes from PDFBox's own extraction (sorted by position, one text
 * line per printed line), never from {@code PdfImporter}
 * (a text document, the seed, is read as it is, as one page). For every golden file:
 * <ul>
 * <li>every golden table line is found on its page, in golden order within its table: a printed
 * line whose numbers hold the line's amounts, in the golden's order, with the line's code (if the
 * golden gives one) and name on it. A name printed over several lines of a narrow cell may instead
 * be spread over the lines next to it (every character of it there, as often, since the pieces of
 * a name in two cells interleave; across a page break too), and a code printed as its parts (类 on
 * the line above, 款 and 项 on the line) counts as printed; a line with no amounts needs its name
 * only;</li>
 * <li>every amount printed on a page that holds golden lines (a number with two decimals) belongs
 * to a golden line of that page (lines of prose sharing the page are left out): a figure the golden lacks, such as a line or a cell left out,
 * fails;</li>
 * <li>every figure the golden says is printed in a cell the model has no column for is printed on
 * its page (it counts as claimed by the check above, and nowhere else);</li>
 * <li>every key figure of a table equals the amount of its golden line's cell, and every key figure
 * of the statement is stated on its page: the number within 60 characters after the word the
 * statement names it by (收入, 基本支出, 机关运行经费, 三公, 出国, 接待, 采购 …).</li>
 * </ul>
 * The goldens were first drafted from an import; every line that failed these checks was then
 * corrected by hand from the page as printed (read with {@code pdftotext -layout}), so the goldens
 * say what the documents print, not what the readers read.
 */
class GoldenAgainstThePdfTest {

    private static final Pattern AMOUNT = Pattern.compile("^-?(\\d{1,3}(,\\d{3})+|\\d+)\\.\\d{2}$");
    private static final Pattern NUMBER = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final int WRAP = 3;

    static Stream<Path> goldens() throws IOException, URISyntaxException {
        Path folder = Path.of(GoldenAgainstThePdfTest.class.getResource("/corpus/golden").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("goldens")
    void theGoldenIsWhatThePdfPrints(Path goldenFile) throws IOException, URISyntaxException {
        Golden golden = Golden.read(goldenFile);
        List<List<String>> pages = pages(pdfOf(golden.file()));
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> lastFound = new HashMap<>();
        for (Golden.Line line : golden.lines()) {
            if (line.page() < 1 || line.page() > pages.size()) {
                wrong.add(describe(line) + ": no page " + line.page());
                continue;
            }
            String order = orderOf(line);
            int from = lastFound.getOrDefault(order, 0);
            int found = find(line, pages, line.page() - 1, from);
            if (found < 0) {
                wrong.add(describe(line) + ": not printed on page " + line.page() + " after its golden predecessor");
            } else {
                lastFound.put(order, found);
            }
        }
        wrong.addAll(amountsNotInTheGolden(golden, pages));
        wrong.addAll(keyFiguresNotPrinted(golden, pages));
        for (Golden.Unmodelled u : golden.unmodelled()) {
            if (u.page() < 1 || u.page() > pages.size() || pages.get(u.page() - 1).stream()
                    .flatMap(t -> numbers(t).stream()).noneMatch(n -> n.compareTo(u.amount()) == 0)) {
                wrong.add("the figure " + u.amount() + " (" + u.why() + ") is not printed on page " + u.page());
            }
        }
        assertThat(wrong).as("%s against its PDF (%d lines, %d key figures)", golden.file(), golden.lines().size(),
                golden.keys().size()).isEmpty();
    }

    /**
     * The lines kept in printed order: those of one side of a table on one page, and of one
     * classification class (301, 302) where they have codes, since a table of two blocks side by
     * side (人员经费 | 公用经费) prints the second block beside the first.
     */
    static String orderOf(Golden.Line line) {
        String block = line.code() == null || line.code().length() < 3 ? "" : line.code().substring(0, 3);
        return line.table() + "/" + line.side() + "/" + line.page() + "/" + block;
    }

    /** The index of the first printed line at or after {@code from} that prints the golden line, or -1. */
    static int find(Golden.Line line, List<List<String>> pages, int p, int from) {
        List<String> page = pages.get(p);
        String name = line.name() == null ? "" : strip(line.name());
        List<BigDecimal> amounts = new ArrayList<>(line.amounts().values());
        for (int i = from; i < page.size(); i++) {
            String text = page.get(i);
            String stripped = strip(text);
            int at = stripped.indexOf(name);
            boolean nameHere = at >= 0 && !name.isEmpty();
            if (!name.isEmpty() && !nameHere && !spreadOver(name, pages, p, i)) {
                continue;
            }
            if (line.code() != null && !stripped.contains(line.code()) && !codeSpread(line.code(), page, i)) {
                continue;
            }
            String after = nameHere ? afterName(text, name) : text;
            if (holdsInOrder(numbers(after), amounts)) {
                return i;
            }
        }
        return -1;
    }

    /** The text of the printed line after the name (the name's own digits, 1.一般…, are not amounts). */
    private static String afterName(String text, String name) {
        int chars = 0;
        for (int k = 0; k < text.length(); k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                chars++;
            }
            if (chars == 0) {
                continue;
            }
            String strippedSoFar = strip(text.substring(0, k + 1));
            if (strippedSoFar.endsWith(name)) {
                return text.substring(k + 1);
            }
        }
        return text;
    }

    /**
     * A name wrapped in a narrow cell: its characters, in order, over the printed lines around line
     * {@code i} of page {@code p}, the lines of the page before or after included where the cell
     * is broken by the page break.
     */
    private static boolean spreadOver(String name, List<List<String>> pages, int p, int i) {
        List<String> page = pages.get(p);
        StringBuilder window = new StringBuilder();
        if (i - WRAP < 0 && p > 0) {
            List<String> before = pages.get(p - 1);
            for (int k = Math.max(0, before.size() + i - WRAP); k < before.size(); k++) {
                window.append(strip(before.get(k)));
            }
        }
        for (int k = Math.max(0, i - WRAP); k <= Math.min(page.size() - 1, i + WRAP); k++) {
            window.append(strip(page.get(k)));
        }
        if (i + WRAP >= page.size() && p + 1 < pages.size()) {
            List<String> after = pages.get(p + 1);
            for (int k = 0; k < Math.min(after.size(), i + WRAP - page.size() + 1); k++) {
                window.append(strip(after.get(k)));
            }
        }
        // the cells of a name in two columns (一般公共预算资金 | 公共财政拨款(补助)资金) are read row by
        // row, so their pieces interleave: every character of the name must be there, as often
        StringBuilder rest = new StringBuilder(window);
        for (int c = 0; c < name.length(); c++) {
            int at = rest.indexOf(String.valueOf(name.charAt(c)));
            if (at < 0) {
                return false;
            }
            rest.deleteCharAt(at);
        }
        return name.length() > 1;
    }

    /** A code printed as its parts (类 301, 款 01, 项 01) on this line and the lines just above it. */
    private static boolean codeSpread(String code, List<String> page, int i) {
        if (code.length() < 5) {
            return false;
        }
        String item = code.substring(3);
        String parts = strip(page.get(i));
        for (int k = i - 1; k >= Math.max(0, i - WRAP); k--) {
            parts = strip(page.get(k)) + parts;
            if (parts.contains(code.substring(0, 3)) && strip(page.get(i)).contains(item.substring(0, 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsInOrder(List<BigDecimal> printed, List<BigDecimal> amounts) {
        int at = 0;
        for (BigDecimal a : amounts) {
            while (at < printed.size() && printed.get(at).compareTo(a) != 0) {
                at++;
            }
            if (at == printed.size()) {
                return false;
            }
            at++;
        }
        return true;
    }

    private static List<BigDecimal> numbers(String text) {
        List<BigDecimal> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(new BigDecimal(m.group().replace(",", "")));
        }
        return numbers;
    }

    /** Every two-decimal amount printed on a page of golden lines is claimed by one golden amount there. */
    static List<String> amountsNotInTheGolden(Golden golden, List<List<String>> pages) {
        List<String> wrong = new ArrayList<>();
        Map<Integer, List<BigDecimal>> claimed = new HashMap<>();
        for (Golden.Line line : golden.lines()) {
            claimed.computeIfAbsent(line.page(), p -> new ArrayList<>()).addAll(line.amounts().values());
        }
        for (Golden.Unmodelled u : golden.unmodelled()) {
            claimed.computeIfAbsent(u.page(), p -> new ArrayList<>()).add(u.amount());
        }
        for (Map.Entry<Integer, List<BigDecimal>> page : claimed.entrySet()) {
            if (page.getKey() < 1 || page.getKey() > pages.size()) {
                continue;
            }
            List<BigDecimal> unclaimed = new ArrayList<>(page.getValue());
            for (String text : pages.get(page.getKey() - 1)) {
                if (prose(text)) {
                    continue;
                }
                for (String token : text.trim().split("\\s+")) {
                    if (!AMOUNT.matcher(token).matches()) {
                        continue;
                    }
                    BigDecimal printed = new BigDecimal(token.replace(",", ""));
                    int i = indexOf(unclaimed, printed);
                    if (i < 0) {
                        wrong.add("page " + page.getKey() + " prints " + token + " in \"" + text.trim()
                                + "\", which no golden line holds");
                    } else {
                        unclaimed.remove(i);
                    }
                }
            }
        }
        return wrong;
    }

    private static List<String> keyFiguresNotPrinted(Golden golden, List<List<String>> pages) {
        List<String> wrong = new ArrayList<>();
        for (Golden.Key key : golden.keys()) {
            if (key.inTable()) {
                String wanted = strip(key.line());
                boolean holds = golden.lines().stream()
                        .filter(l -> l.table() == key.table() && l.side() == key.side())
                        .filter(l -> wanted.equals("-") ? l.name() == null
                                : wanted.equals(l.code()) || l.name() != null && wanted.equals(strip(l.name())))
                        .findFirst().map(l -> l.amounts().get(key.column()))
                        .filter(a -> a.compareTo(key.amount()) == 0).isPresent();
                if (!holds) {
                    wrong.add("key figure " + key.label() + " " + key.amount() + " is not its golden line's cell");
                }
            } else if (!statedOnItsPage(key, pages)) {
                wrong.add("key figure " + key.label() + " " + key.amount() + " is not stated after “"
                        + WORDS.get(key.statement()) + "” on page " + key.page());
            }
        }
        return wrong;
    }

    /** The word a statement names each figure by, which the figure follows within {@link #STATED_WITHIN} characters. */
    private static final Map<StatementFigure, String> WORDS = Map.ofEntries(
            Map.entry(StatementFigure.INCOME_TOTAL, "收入"), Map.entry(StatementFigure.EXPENDITURE_TOTAL, "支出"),
            Map.entry(StatementFigure.BASIC, "基本支出"), Map.entry(StatementFigure.PROJECT, "项目支出"),
            Map.entry(StatementFigure.OPERATING_COSTS, "机关运行经费"), Map.entry(StatementFigure.THREE_PUBLIC_TOTAL, "三公"),
            Map.entry(StatementFigure.THREE_PUBLIC_ABROAD, "出国"), Map.entry(StatementFigure.THREE_PUBLIC_VEHICLES, "公务用车"),
            Map.entry(StatementFigure.THREE_PUBLIC_VEHICLE_PURCHASE, "购置"),
            Map.entry(StatementFigure.THREE_PUBLIC_VEHICLE_RUNNING, "运行"),
            Map.entry(StatementFigure.THREE_PUBLIC_RECEPTION, "接待"), Map.entry(StatementFigure.PROCUREMENT_TOTAL, "采购"));
    private static final int STATED_WITHIN = 60;

    /** Whether the page states the figure as a number within a few characters after the word naming it. */
    private static boolean statedOnItsPage(Golden.Key key, List<List<String>> pages) {
        if (key.page() < 1 || key.page() > pages.size()) {
            return false;
        }
        // a sentence broken by the page break names the figure at the foot of the page before
        List<String> before = key.page() > 1 ? pages.get(key.page() - 2) : List.of();
        String text = strip(String.join("", before.subList(Math.max(0, before.size() - WRAP), before.size()))
                + String.join("", pages.get(key.page() - 1))).replace(",", "");
        String word = WORDS.get(key.statement());
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            String after = text.substring(at + word.length(), Math.min(text.length(), at + word.length() + STATED_WITHIN));
            Matcher m = NUMBER.matcher(after);
            while (m.find()) {
                boolean partOfAnother = m.start() > 0 && (Character.isDigit(after.charAt(m.start() - 1))
                        || after.charAt(m.start() - 1) == '.');
                if (!partOfAnother && new BigDecimal(m.group()).compareTo(key.amount()) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A line of the statement's prose on a page a table shares with it: figures in sentences. */
    private static boolean prose(String text) {
        return text.contains("，") || text.contains("。") || text.contains("万元") && !text.contains("单位");
    }

    private static int indexOf(List<BigDecimal> amounts, BigDecimal value) {
        for (int i = 0; i < amounts.size(); i++) {
            if (amounts.get(i).compareTo(value) == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String describe(Golden.Line line) {
        return line.table() + " " + line.side().label() + " " + (line.code() == null ? "" : line.code() + " ")
                + (line.name() == null ? "(no name)" : line.name()) + " " + line.amounts().values();
    }

    private static String strip(String text) {
        return text.replaceAll("\\s", "");
    }

    static Path pdfOf(String stem) throws URISyntaxException, IOException {
        Path corpus = Path.of(GoldenAgainstThePdfTest.class.getResource("/corpus").toURI());
        try (Stream<Path> walk = Files.walk(corpus)) {
            return walk.filter(p -> p.getFileName().toString().equals(stem + ".pdf")
                    || p.getFileName().toString().equals(stem + ".txt")).findFirst()
                    .orElseThrow(() -> new AssertionError("no document for the golden " + stem));
        }
    }

    /** Each page's printed lines, as PDFBox extracts them sorted by position; a text is one page. */
    static List<List<String>> pages(Path file) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        if (file.toString().endsWith(".txt")) {
            pages.add(Files.readAllLines(file));
            return pages;
        }
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            // what a reader of the page sees: text placed beyond the page's edges is not printed
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition t) {
                    var box = getCurrentPage().getCropBox();
                    float extent = Math.max(box.getWidth(), box.getHeight()) + 2;
                    if (t.getYDirAdj() <= extent && t.getYDirAdj() >= -2 && t.getXDirAdj() <= extent) {
                        super.processTextPosition(t);
                    }
                }
            };
            stripper.setSortByPosition(true);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(List.of(stripper.getText(doc).split("\\R")));
            }
        }
        return pages;
    }
}
