package org.gongkai.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.importing.ImportResult;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.TableRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every table figure read from a real PDF is checked against the PDF itself, figure by figure: the
 * amount must be printed, as digits (with or without thousands separators, at the scale read), on
 * the page the reader says it came from. The page text comes from PDFBox's own text extraction, not
 * from the reader's lines, so a figure the reader made up, shifted or took from another page fails.
 */
class CorpusFiguresOnTheirPagesTest {

    private static final Pattern PAGE = Pattern.compile("page (\\d+), line \\d+$");

    static Stream<Path> documents() throws IOException, URISyntaxException {
        Path corpus = Path.of(CorpusFiguresOnTheirPagesTest.class.getResource("/corpus").toURI());
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(corpus)) {
            walk.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(files::add);
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyTableFigureIsPrintedOnItsPage(Path file) throws IOException {
        ImportResult result;
        try {
            result = new PdfImporter().read(file);
        } catch (org.gongkai.importing.UnusableInputException e) {
            return; // an unusable file reads no figure; the fidelity test holds which files must be usable
        }
        List<String> pages = pages(file);
        Map<String, String> places = result.places();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        List<BudgetTable> tables = result.disclosure().tables();
        for (int t = 0; t < tables.size(); t++) {
            BudgetTable table = tables.get(t);
            checked += check("/tables/" + t + "/rows/", table.rows(), places, pages, wrong);
            checked += check("/tables/" + t + "/incomeRows/", table.incomeRows(), places, pages, wrong);
            checked += check("/tables/" + t + "/purposeRows/", table.purposeRows(), places, pages, wrong);
            if (table.total() != null) {
                checked += checkRow("/tables/" + t + "/total", table.total(), places, pages, wrong);
            }
        }
        assertThat(wrong).as("figures of %s not printed on the page they are placed on (%d checked)", file.getFileName(), checked)
                .isEmpty();
        if (tables.stream().anyMatch(t -> t.rows().stream().anyMatch(r -> !r.amounts().isEmpty()))) {
            assertThat(checked).as("figures checked in %s", file.getFileName()).isPositive();
        }
    }

    private static int check(String prefix, List<TableRow> rows, Map<String, String> places, List<String> pages,
            List<String> wrong) {
        int checked = 0;
        for (int r = 0; r < rows.size(); r++) {
            checked += checkRow(prefix + r, rows.get(r), places, pages, wrong);
        }
        return checked;
    }

    private static int checkRow(String row, TableRow line, Map<String, String> places, List<String> pages,
            List<String> wrong) {
        int checked = 0;
        for (Map.Entry<Column, Amount> a : line.amounts().entrySet()) {
            String pointer = row + "/amounts/" + a.getKey().name().toLowerCase(Locale.ROOT);
            String place = places.get(pointer);
            if (place == null) {
                wrong.add(pointer + " " + a.getValue() + ": no place recorded");
                continue;
            }
            Matcher m = PAGE.matcher(place);
            if (!m.find()) {
                wrong.add(pointer + ": place " + place);
                continue;
            }
            String page = pages.get(Integer.parseInt(m.group(1)) - 1);
            if (!printed(a.getValue().value(), page)) {
                wrong.add(pointer + " " + a.getValue() + " not on " + place);
            }
            checked++;
        }
        return checked;
    }

    private static boolean printed(BigDecimal value, String page) {
        String plain = value.toPlainString();
        DecimalFormat grouped = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        grouped.setMinimumFractionDigits(Math.max(0, value.scale()));
        grouped.setMaximumFractionDigits(Math.max(0, value.scale()));
        return page.contains(plain) || page.contains(grouped.format(value));
    }

    private static List<String> pages(Path file) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc).replaceAll("\\s", ""));
            }
        }
        return pages;
    }
}
