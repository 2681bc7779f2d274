package org.gongkai.importing.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.gongkai.importing.ImportResult;
import org.gongkai.importing.ImportResult.Unplaced;
import org.gongkai.importing.Importer;
import org.gongkai.importing.InputProblem;
import org.gongkai.importing.UnusableInputException;
import org.gongkai.importing.text.StatementTextImporter;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Department;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DocumentInfo;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;

/**
 * Reads a Shanghai budget disclosure published as PDF (市级单位预算, 区级部门预算): the cover, the
 * nine standard tables and the statement sections it can place (duties, organisation, glossary, the
 * budget explanation, 其他相关情况说明, 项目经费情况说明); every other line is reported as unplaced. The document follows the {@code shanghai-2025}
 * profile, its statement in 万元.
 */
public final class PdfImporter implements Importer {

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    @Override
    public ImportResult read(Path file) {
        List<PdfLine> lines = lines(file);
        List<TableFinder.Title> titles = TableFinder.titles(lines);
        if (titles.isEmpty()) {
            if (isStatement(lines)) {
                return statement(lines, file);
            }
            throw unusable(file, "未找到预算表 / no budget table found");
        }
        Map<String, String> places = new LinkedHashMap<>();
        List<Unplaced> unplaced = new ArrayList<>();
        boolean[] used = new boolean[lines.size()];

        Map<TableKind, String> numbers = TableFinder.contents(lines);
        List<BudgetTable> tables = new ArrayList<>();
        String compiledBy = null;
        for (int t = 0; t < titles.size(); t++) {
            TableFinder.Title title = titles.get(t);
            int limit = t + 1 < titles.size() ? titles.get(t + 1).index() : lines.size();
            String number = numbers.getOrDefault(title.kind(), String.valueOf(t + 1));
            TableReader.Read read = TableReader.read(lines, title, limit, number);
            String prefix = "/tables/" + tables.size();
            read.places().forEach((k, v) -> places.put(prefix + k, v));
            unplaced.addAll(read.unplaced());
            tables.add(read.table());
            compiledBy = compiledBy == null ? read.compiledBy() : compiledBy;
            for (int i = title.index(); i < read.end(); i++) {
                used[i] = true;
            }
        }
        tables = ExpenditureCodes.infer(tables, unplaced);

        int titleLine = CoverReader.titleLine(lines);
        int publisherLine = CoverReader.publisherLine(lines);
        String title = titleLine >= 0 ? lines.get(titleLine).text().replace(" ", "") : titles.get(0).title();
        String name = publisherLine >= 0 ? CoverReader.publisher(lines.get(publisherLine).text()).orElseThrow()
                : compiledBy;
        if (name == null) {
            throw unusable(file, "未找到预算单位名称 / no department named on the cover or the tables");
        }
        mark(used, titleLine, places, "/document/title", lines);
        mark(used, publisherLine, places, "/department/name", lines);
        int contentsPage = -1;
        for (int i = 0; i < lines.size(); i++) {
            PdfLine l = lines.get(i);
            if (l.text().replace(" ", "").equals("目录")) {
                contentsPage = l.page();
                used[i] = true;
            } else if (TableFinder.isContentsEntry(l) || (l.page() == contentsPage && isContentsHeading(l))) {
                used[i] = true;
            }
        }
        DocumentInfo document = CoverReader.document(title, compiledBy, 2025);
        Department department = CoverReader.department(name, title);

        List<PdfLine> rest = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!used[i]) {
                rest.add(lines.get(i));
            }
        }
        StatementReader statement = StatementReader.read(rest, tables, places, unplaced);
        Disclosure disclosure = new Disclosure(document, department, statement.dutiesIntroduction(),
                statement.duties(), statement.organisation(), statement.overview(), statement.operatingCosts(),
                statement.threePublic(), statement.performance(), statement.procurement(), statement.assets(),
                statement.glossary(), null, tables, statement.projectNotes());
        return new ImportResult(disclosure, places, unplaced);
    }

    /** A part of the contents printed without leaders or page: 五、单位预算表, 六、其他相关情况说明. */
    private static boolean isContentsHeading(PdfLine line) {
        String t = line.text().replace(" ", "");
        return t.matches("^[一二三四五六七八九十]+、[^。，；]{2,20}$");
    }

    private static void mark(boolean[] used, int line, Map<String, String> places, String pointer, List<PdfLine> lines) {
        if (line >= 0) {
            used[line] = true;
            places.put(pointer, lines.get(line).place());
        }
    }

    private static List<PdfLine> lines(Path file) {
        return PdfLoading.lines(file, org.gongkai.importing.ReadLimits.standard());
    }

    /** A statement without tables (its tables published apart): a title …情况说明 and sections 一、二、… */
    private static boolean isStatement(List<PdfLine> lines) {
        boolean title = lines.stream().limit(10).anyMatch(l -> l.text().replace(" ", "").contains("情况说明"));
        long sections = lines.stream().filter(l -> l.text().matches("^[一二三四五六七八九十]+、.+")).count();
        return title && sections >= 3;
    }

    /** The statement's text layer read as statement text, each line keeping its page and line. */
    private static ImportResult statement(List<PdfLine> lines, Path file) {
        StringBuilder text = new StringBuilder();
        List<String> places = new ArrayList<>();
        for (PdfLine l : lines) {
            text.append(l.text()).append('\n');
            places.add(l.place());
        }
        return new StatementTextImporter().read(text.toString(), file.toString(), places);
    }

    private static UnusableInputException unusable(Path file, String message) {
        return UnusableInputException.of(new InputProblem(file.toString(), 0, 0, null, message));
    }

    /** The 类 codes of the expenditure side of the two-sided tables, which print only names. */
    static final class ExpenditureCodes {

        private ExpenditureCodes() {}

        static List<BudgetTable> infer(List<BudgetTable> tables, List<Unplaced> unplaced) {
            Map<String, String> codes = new HashMap<>();
            for (BudgetTable t : tables) {
                for (TableRow r : t.rows()) {
                    if (r.code() != null && r.code().length() == 3) {
                        codes.putIfAbsent(r.name(), r.code());
                    }
                }
            }
            List<BudgetTable> result = new ArrayList<>();
            for (BudgetTable t : tables) {
                if (t.incomeRows().isEmpty() && t.incomeTotal() == null) {
                    result.add(t);
                    continue;
                }
                List<TableRow> rows = new ArrayList<>();
                for (TableRow r : t.rows()) {
                    String bare = r.name().replaceFirst("^[一二三四五六七八九十]+、", "").strip();
                    String code = r.code() != null ? r.code() : codes.get(bare);
                    if (code == null) {
                        unplaced.add(new Unplaced(t.title(), r.name(), "no 类 code found for this expenditure line in the other tables"));
                    }
                    rows.add(new TableRow(code, r.name(), r.amounts()));
                }
                result.add(new BudgetTable(t.kind(), t.number(), t.title(), t.unit(), t.columns(), t.incomeRows(),
                        t.incomeTotal(), rows, t.total(), t.note()));
            }
            return result;
        }
    }
}
