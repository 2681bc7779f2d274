package org.gongkai.importing.xlsx;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.importing.InputProblem;
import org.gongkai.importing.UnusableInputException;
import org.gongkai.model.Department;
import org.gongkai.model.DocumentInfo;
import org.gongkai.model.DocumentKind;
import org.gongkai.model.GovernmentLevel;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Region;

/**
 * What a workbook tells of the document itself, which is little: the title (the first sheet's
 * title, or the file name), the budget year (a year printed in a title, 2025年…), the kind (部门预算
 * if a title says so, else 单位预算), the department (from 编制单位：/编制部门：, else the file name)
 * and the 截止时间 printed next to it. The profile is guessed from the tables' unit: tables in 元 are
 * Shanghai's (shanghai-2025), tables in 万元 the county template's (hebei-county-2020). The region is
 * not in a workbook: it is {@link #UNKNOWN_REGION}, a province named 未知, for the user to complete.
 *
 * @param places  JSON pointer → cell of each fact read from a cell
 * @param claimed the cells used here ({@code Sheet!A1}), which are therefore not left over
 */
record DocumentFacts(DocumentInfo document, Department department, Map<String, String> places, Set<String> claimed) {

    /** The region of a workbook's department, which the workbook does not state. */
    static final Region UNKNOWN_REGION = new Region(GovernmentLevel.PROVINCE, "未知", null, null, null, null);

    private static final String YUAN_PROFILE = "shanghai-2025";
    private static final String WAN_YUAN_PROFILE = "hebei-county-2020";
    /** The budget years the canonical format accepts. */
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern COMPILER = Pattern.compile("编制(?:单位|部门)[：:][\\s\\u3000]*([^\\s\\u3000]+)");
    private static final Pattern UNIT_LINE = Pattern.compile("^[\\s\\u3000]*(金额)?单位[：:]");
    private static final Pattern UNIT_TAIL = Pattern.compile("(金额)?单位[：:].*$");
    private static final Pattern AS_OF = Pattern.compile("截止(?:时间|日期)[：:][\\s\\u3000]*(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    /** 部门预算经济分类 names a classification, not the kind of the document. */
    private static final Pattern ECONOMIC_CLASSIFICATION = Pattern.compile("部门预算(支出)?经济分类");

    /** A title and the cell it was printed in (null when it came from the file name). */
    private record Titled(String text, GridCell cell) {}

    static DocumentFacts of(Path file, List<SheetGrid> sheets, List<SheetTable> tables) {
        Map<String, String> places = new HashMap<>();
        Set<String> claimed = new HashSet<>();
        Titled title = title(file, sheets, tables);
        List<Titled> titles = titles(title, tables);
        if (title.cell() != null) {
            places.put("/document/title", title.cell().where());
            claimed.add(title.cell().where());
        }
        int year = fiscalYear(file, titles, places);
        Optional<GridCell> compilerCell = sheets.stream().flatMap(s -> s.cells().stream())
                .filter(c -> compiler(c).isPresent()).findFirst();
        String compiler = compilerCell.flatMap(DocumentFacts::compiler).orElse(null);
        LocalDate asOf = compilerCell.flatMap(DocumentFacts::asOf).orElse(null);
        compilerCell.ifPresent(c -> {
            claimed.add(c.where());
            places.put("/department/name", c.where());
            places.put("/document/compiledBy", c.where());
        });
        if (asOf != null) {
            places.put("/document/dataAsOf", compilerCell.get().where());
        }
        DocumentInfo document = new DocumentInfo(title.text(), kind(titles), year, profile(tables), MoneyUnit.WAN_YUAN,
                null, null, null, asOf, compiler);
        Department department = new Department(compiler == null ? stem(file) : compiler, null, UNKNOWN_REGION);
        return new DocumentFacts(document, department, places, claimed);
    }

    /**
     * The first sheet's title cell (its table's title if it is a table sheet, else its first text
     * that is not an 编制单位 or 单位 line), or the file name without .xlsx.
     */
    private static Titled title(Path file, List<SheetGrid> sheets, List<SheetTable> tables) {
        if (sheets.isEmpty()) {
            return new Titled(stem(file), null);
        }
        SheetGrid first = sheets.get(0);
        Optional<GridCell> cell = tables.stream()
                .filter(t -> t.titleCell() != null && t.titleCell().sheet().equals(first.name()))
                .map(SheetTable::titleCell)
                .findFirst()
                .or(() -> first.cells().stream().filter(c -> !c.isNumber() && !isCompilerOrUnit(c)).findFirst());
        return cell.map(c -> new Titled(c.text().strip(), c)).orElseGet(() -> new Titled(stem(file), null));
    }

    private static boolean isCompilerOrUnit(GridCell cell) {
        return COMPILER.matcher(cell.text()).find() || UNIT_LINE.matcher(cell.text()).find();
    }

    private static List<Titled> titles(Titled document, List<SheetTable> tables) {
        List<Titled> all = new ArrayList<>(List.of(document));
        for (SheetTable t : tables) {
            all.add(new Titled(t.titleCell() == null ? t.table().title() : t.titleCell().text(), t.titleCell()));
        }
        return all;
    }

    /** The first year printed in a title (2025年…); without one the workbook cannot be used. */
    private static int fiscalYear(Path file, List<Titled> titles, Map<String, String> places) {
        for (Titled t : titles) {
            Matcher m = YEAR.matcher(t.text());
            while (m.find()) {
                int year = Integer.parseInt(m.group(1));
                if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                    if (t.cell() != null) {
                        places.put("/document/fiscalYear", t.cell().where());
                    }
                    return year;
                }
            }
        }
        throw UnusableInputException.of(new InputProblem(file.toString(), 0, 0, "/document/fiscalYear",
                "工作簿的标题中没有预算年度（如“2025年”） / no budget year (such as “2025年”) in the workbook's titles"));
    }

    private static DocumentKind kind(List<Titled> titles) {
        boolean department = titles.stream()
                .map(t -> ECONOMIC_CLASSIFICATION.matcher(t.text()).replaceAll(""))
                .anyMatch(t -> t.contains("部门预算"));
        return department ? DocumentKind.DEPARTMENT_BUDGET : DocumentKind.UNIT_BUDGET;
    }

    private static String profile(List<SheetTable> tables) {
        long inYuan = tables.stream().filter(t -> t.table().unit() == MoneyUnit.YUAN).count();
        return inYuan * 2 > tables.size() ? YUAN_PROFILE : WAN_YUAN_PROFILE;
    }

    /** 编制部门：上海市财政局 → 上海市财政局 (up to a space or a following 单位：元). */
    private static Optional<String> compiler(GridCell cell) {
        if (cell.isNumber()) {
            return Optional.empty();
        }
        Matcher m = COMPILER.matcher(cell.text());
        if (!m.find()) {
            return Optional.empty();
        }
        String name = UNIT_TAIL.matcher(m.group(1)).replaceFirst("");
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /** 截止时间：2019年12月31日, when printed with the department. */
    private static Optional<LocalDate> asOf(GridCell cell) {
        Matcher m = AS_OF.matcher(cell.text());
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? name.substring(0, name.length() - 5) : name;
    }
}
