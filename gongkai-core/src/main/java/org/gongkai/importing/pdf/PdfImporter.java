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
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.gongkai.divisions.Divisions;
import org.gongkai.divisions.Placement;
import org.gongkai.importing.ImportResult;
import org.gongkai.importing.ImportResult.Unplaced;
import org.gongkai.importing.Importer;
import org.gongkai.importing.InputProblem;
import org.gongkai.importing.JoiningImporter;
import org.gongkai.importing.UnusableInputException;
import org.gongkai.importing.text.StatementTextImporter;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Department;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DocumentInfo;
import org.gongkai.model.DocumentKind;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Region;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;

/**
 * Reads a budget disclosure published as PDF, of whatever family its profile describes: the
 * family is chosen from what the document prints ({@link TemplateFamilies}), the tables are found by
 * the titles the profile gives them and read from their layout, the statement sections by the
 * headings it gives them. The year, the publisher and the region are what the document prints;
 * one it does not print makes the file unusable, with a problem that says so. Every line not
 * placed is reported with its page and line.
 */
public final class PdfImporter implements JoiningImporter {

    private final TemplateFamilies families;

    /**
     * In one batch run, the lines of each file read alone that holds only tables or only a
     * statement, kept until the file is read again joined with its other half; null otherwise.
     */
    private final Map<Path, List<PdfLine>> halves;

    public PdfImporter() {
        this(TemplateFamilies.standard());
    }

    public PdfImporter(TemplateFamilies families) {
        this(families, null);
    }

    private PdfImporter(TemplateFamilies families, Map<Path, List<PdfLine>> halves) {
        this.families = families;
        this.halves = halves;
    }

    /** Keeps the parsed lines of a half of a disclosure for its joined read, so that no file is parsed twice. */
    @Override
    public PdfImporter forOneRun() {
        return new PdfImporter(families, new java.util.concurrent.ConcurrentHashMap<>());
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    @Override
    public ImportResult read(Path file) {
        List<PdfLine> lines = lines(file);
        ImportResult result = read(file, lines);
        if (halves != null && isHalf(result.disclosure())) {
            halves.put(file.toAbsolutePath().normalize(), lines);
        }
        return result;
    }

    /** Whether the disclosure read holds only tables or only a statement: one half of a joined read. */
    private static boolean isHalf(Disclosure d) {
        boolean statement = !d.duties().isEmpty() || d.overview() != null || !d.glossary().isEmpty()
                || d.threePublic() != null || d.organisation() != null;
        boolean tables = !d.tables().isEmpty();
        return tables != statement;
    }

    /** The file's lines: those kept from its read alone in this run, else parsed now. */
    private List<PdfLine> linesOnce(Path file) {
        List<PdfLine> kept = halves == null ? null : halves.remove(file.toAbsolutePath().normalize());
        return kept != null ? kept : lines(file);
    }

    /**
     * Reads several files as one disclosure: a statement and its tables published apart (…部门预算
     * and …部门预算公开表). Their lines are read as one document, the file with a cover first; every
     * place names its file. A problem names the first file and lists the others.
     */
    @Override
    public ImportResult read(List<Path> files) {
        if (files.size() == 1) {
            return read(files.get(0));
        }
        List<List<PdfLine>> read = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            read.add(linesOnce(f).stream().map(l -> l.in(name, 0)).toList());
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparing(i -> CoverReader.cover(read.get(i)).isEmpty()));
        List<PdfLine> all = new ArrayList<>();
        int pages = 0;
        for (int i : order) {
            int offset = pages;
            List<PdfLine> lines = read.get(i);
            all.addAll(lines.stream().map(l -> l.in(l.file(), offset)).toList());
            pages += lines.isEmpty() ? 0 : lines.get(lines.size() - 1).page();
        }
        return read(files.get(order.get(0)), all);
    }

    private ImportResult read(Path file, List<PdfLine> lines) {
        Optional<CoverReader.Cover> cover = CoverReader.cover(lines);
        Optional<Integer> printedYear = CoverReader.fiscalYear(lines, cover);
        List<String> texts = lines.stream().map(PdfLine::text).toList();
        TemplateFamilies.Choice choice = families.choose(texts, printedYear.orElse(null));
        Template template = new Template(families, choice.profile());
        List<TableFinder.Title> titles = TableFinder.titles(lines, template);
        Optional<Integer> year = printedYear.or(() -> CoverReader.yearOfTitles(titles.stream().map(TableFinder.Title::title).toList()));
        if (titles.isEmpty() && isHebeiStatement(choice)) {
            return statement(lines, file);
        }
        Map<String, String> places = new LinkedHashMap<>();
        List<Unplaced> unplaced = new ArrayList<>();
        boolean[] used = new boolean[lines.size()];
        if (choice.isGeneric()) {
            unplaced.add(new Unplaced("document", choice.profile().id(),
                    "未识别出模板，按通用模板读取 / no template family recognised: read with the generic profile"));
        }

        Map<TableKind, String> numbers = TableFinder.contents(lines, template);
        List<BudgetTable> tables = new ArrayList<>();
        String compiledBy = null;
        for (int t = 0; t < titles.size(); t++) {
            TableFinder.Title title = titles.get(t);
            int limit = t + 1 < titles.size() ? titles.get(t + 1).index() : lines.size();
            String number = numbers.getOrDefault(title.kind(), String.valueOf(t + 1));
            TableReader.Read read = TableReader.read(lines, title, limit, number, template);
            if (read.table().columns().isEmpty() && read.table().rows().isEmpty() && read.table().total() == null
                    && read.table().note() == null && read.table().incomeRows().isEmpty()) {
                continue; // a title followed by no table (a list of the tables, a reference in the text): not a table
            }
            String prefix = "/tables/" + tables.size();
            Optional<FinalAccountsTables.Read> paired = switch (title.kind()) {
                case FINAL_THREE_PUBLIC -> FinalAccountsTables.threePublic(lines, read.table(), title.index(), read.end(), template);
                case FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE -> FinalAccountsTables.basic(lines, read.table(), title.index(), read.end(), template);
                default -> Optional.empty();
            };
            (paired.isPresent() ? paired.get().places() : read.places()).forEach((k, v) -> places.put(prefix + k, v));
            unplaced.addAll(paired.isPresent() ? paired.get().unplaced() : read.unplaced());
            tables.add(paired.isPresent() ? paired.get().table() : read.table());
            compiledBy = compiledBy == null ? read.compiledBy() : compiledBy;
            for (int i = title.index(); i < read.end(); i++) {
                used[i] = true;
            }
        }
        boolean finalAccounts = (choice.profile().kind() != null && choice.profile().kind().isFinalAccounts())
                || tables.stream().anyMatch(t -> t.kind().isFinalAccounts());
        if (finalAccounts) {
            tables = FinalAccountsTables.shape(tables, template, places, unplaced);
        }
        tables = ExpenditureCodes.infer(tables, unplaced);

        if (titles.isEmpty() && lines.stream().noneMatch(l -> Section.headingKind(l.text(), template) != Section.Kind.NONE)) {
            throw unusable(file, "未找到预算表，也未找到说明的章节 / no budget table found, and no statement section");
        }
        if (year.isEmpty()) {
            throw unusable(file, "未找到预算年度：封面、标题和表中都没有写明年度 / no fiscal year printed on the cover, the titles or the tables");
        }
        Optional<CoverReader.Publisher> publisher = CoverReader.publisherLine(lines);
        String compiler = compiledBy;
        String name = publisher.map(CoverReader.Publisher::name)
                .or(() -> Optional.ofNullable(compiler))
                .or(() -> CoverReader.nameBeforeYear(texts, year.get()))
                .or(() -> cover.flatMap(c -> CoverReader.nameOnCover(String.join(" ",
                        c.lines().stream().map(i -> lines.get(i).text().strip()).toList()), year.get())))
                .orElseThrow(() -> unusable(file, "未找到预算单位名称：封面、表头和正文都没有写明 / no department named on the cover, the tables or the text"));
        String title = cover.map(CoverReader.Cover::title)
                .orElseGet(() -> titles.isEmpty() ? firstHeading(lines, year.get()) : titles.get(0).title());
        cover.ifPresent(c -> c.lines().forEach(i -> {
            used[i] = true;
            places.putIfAbsent("/document/title", lines.get(i).place());
        }));
        publisher.ifPresent(p -> {
            if (!used[p.line()]) {
                mark(used, p.line(), places, "/department/name", lines);
            }
        });
        int contentsPage = -1;
        for (int i = 0; i < lines.size(); i++) {
            PdfLine l = lines.get(i);
            String t = l.text().replace(" ", "");
            if (t.equals("目录")) {
                contentsPage = l.page();
                used[i] = true;
            } else if (TableFinder.isContentsEntry(l, template) || (l.page() == contentsPage && isContentsHeading(l))
                    || (l.page() == contentsPage && t.length() <= 40 && !t.contains("。"))
                    || (isStructure(t) && Section.headingKind(l.text(), template) == Section.Kind.NONE)) {
                used[i] = true;
            }
        }
        Region region = Divisions.standard().locate(name).map(Placement::region)
                .orElseThrow(() -> unusable(file, "无法确定“" + name + "”所在的行政区划 / cannot tell the region of " + name));
        boolean unit = title.contains("单位预算") || title.contains("单位决算") || name.endsWith("（单位）");
        DocumentKind kind = finalAccounts || title.contains("决算")
                ? (unit ? DocumentKind.UNIT_FINAL_ACCOUNTS : DocumentKind.DEPARTMENT_FINAL_ACCOUNTS)
                : (unit ? DocumentKind.UNIT_BUDGET : DocumentKind.DEPARTMENT_BUDGET);
        DocumentInfo document = new DocumentInfo(title, kind, year.get(), choice.profile().id(), MoneyUnit.WAN_YUAN,
                null, null, null, null, compiledBy);
        Department department = new Department(name, null, region);

        List<PdfLine> rest = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!used[i]) {
                rest.add(lines.get(i));
            }
        }
        List<IndicatorTables.Read> targetTables = IndicatorTables.read(rest, template, unplaced);
        rest = withoutTargetTables(rest, targetTables);
        StatementReader statement = StatementReader.read(rest, tables, places, unplaced, template);
        org.gongkai.model.Performance performance = ProjectTargets.merge(statement.performance(), statement.projects(),
                targetTables, places);
        org.gongkai.model.FinalAccounts outturn = null;
        org.gongkai.model.BudgetOverview overview = statement.overview();
        org.gongkai.model.ThreePublicExpenses threePublic = statement.threePublic();
        if (kind.isFinalAccounts()) {
            FinalAccountsReader.Read read = FinalAccountsReader.read(rest, tables, places, unplaced, template);
            unplaced.removeIf(u -> read.lines().contains(u.where()));
            outturn = read.accounts();
            if (read.income() != null || read.expenditure() != null) {
                overview = new org.gongkai.model.BudgetOverview(overview == null ? null : overview.introduction(),
                        read.income(), read.expenditure(), overview == null ? null : overview.changeReason());
            }
            threePublic = threePublic == null ? read.threePublic() : threePublic;
        }
        if (tables.isEmpty() && statement.isEmpty()) {
            throw unusable(file, "未找到预算表，说明的章节也无法读取 / no budget table found, and no statement section could be read");
        }
        Disclosure disclosure = new Disclosure(document, department, statement.dutiesIntroduction(),
                statement.duties(), statement.organisation(), overview, statement.operatingCosts(),
                threePublic, performance, statement.procurement(), statement.assets(),
                statement.glossary(), null, tables, statement.projectNotes(), outturn);
        return new ImportResult(disclosure, places, unplaced);
    }

    private static List<PdfLine> withoutTargetTables(List<PdfLine> lines, List<IndicatorTables.Read> tables) {
        boolean[] in = new boolean[lines.size()];
        for (IndicatorTables.Read t : tables) {
            java.util.Arrays.fill(in, t.from(), t.to(), true);
        }
        List<PdfLine> rest = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!in[i]) {
                rest.add(lines.get(i));
            }
        }
        return rest;
    }

    /** The first heading that names the year: the title of a document printed without a cover. */
    private static String firstHeading(List<PdfLine> lines, int year) {
        return lines.stream().map(l -> l.text().replace(" ", ""))
                .filter(t -> t.contains(year + "年") && (t.contains("预算") || t.contains("决算")) && t.length() <= 40)
                .findFirst().orElse(year + "年");
    }

    private static boolean isHebeiStatement(TemplateFamilies.Choice choice) {
        return choice.profile().id().equals(StatementTextImporter.PROFILE);
    }

    /** A page number with its count: 第3页，共12页, 第3页, 共12页 第3页, 3/12. */
    private static final String PAGE = "第\\d{1,4}页(?:[，,/]?共\\d{1,4}页)?|共\\d{1,4}页[，,]?第\\d{1,4}页|\\d{1,4}/\\d{1,4}";

    /**
     * Lines that only structure the document: part headings (第二部分 2019年度部门预算表), table numbers
     * (公开01表, 公开表五, 表十二) and page numbers (- 9 -, ─ 2 ─, 第 3 页，共 12 页, 3/12).
     */
    private static final java.util.regex.Pattern STRUCTURE = java.util.regex.Pattern.compile(
            "^(第[一二三四五六七八九十]+部分.{0,30}|公开\\d{1,2}表|公开表[一二三四五六七八九十]+|表[一二三四五六七八九十]+|[-—─\\s]*\\d{1,3}[-—─\\s]*|"
                    + PAGE + ")$");

    /** Whether the line only structures the document (a part heading, a table number, a page number). */
    static boolean isStructure(String text) {
        return STRUCTURE.matcher(withoutWhitespace(text)).matches();
    }

    /** Whether the line is a table's number (公开04表, 表十二) or a page number, which a table may carry inside. */
    static boolean isNumbering(String text) {
        String t = withoutWhitespace(text);
        return isStructure(t) && (!t.startsWith("第") || t.endsWith("页"));
    }

    /**
     * The text without the whitespace a pattern's \s names (space, tab, line breaks, form feed):
     * asked of every line, so a walk over its characters rather than a pattern compiled each time.
     */
    static String withoutWhitespace(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!space && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static final java.util.regex.Pattern CONTENTS_HEADING =
            java.util.regex.Pattern.compile("^[一二三四五六七八九十]+、[^。，；]{2,20}$");

    /** A part of the contents printed without leaders or page: 五、单位预算表, 六、其他相关情况说明. */
    private static boolean isContentsHeading(PdfLine line) {
        String t = line.text().replace(" ", "");
        return CONTENTS_HEADING.matcher(t).matches();
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

    /**
     * The 类 codes of the expenditure side of the two-sided tables, which print only names: from the
     * list of function classes, else from the other tables of the document.
     */
    static final class ExpenditureCodes {

        /** Lines of expenditure by purpose or carried over, which have no function code. */
        private static final java.util.regex.Pattern PURPOSE = java.util.regex.Pattern.compile(
                "^(基本支出|项目支出|单位预留机动经费|预留机动经费|结转下年|年末结转|上缴上级支出|事业单位经营支出|对附属单位补助支出|本年支出合计|当年支出小计)");

        private ExpenditureCodes() {}

        static List<BudgetTable> infer(List<BudgetTable> tables, List<Unplaced> unplaced) {
            Map<String, String> codes = new HashMap<>(FunctionClasses.standard().byName());
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
                    if (code == null && !PURPOSE.matcher(bare).find()) {
                        unplaced.add(new Unplaced(t.title(), r.name(), "no 类 code found for this expenditure line in the other tables"));
                    }
                    rows.add(new TableRow(code, r.name(), r.amounts()));
                }
                result.add(new BudgetTable(t.kind(), t.number(), t.title(), t.unit(), t.columns(), t.incomeRows(),
                        t.incomeTotal(), rows, t.total(), t.note(), t.purposeRows()));
            }
            return result;
        }
    }
}
