package org.gongkai.importing.xlsx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.importing.ImportResult;
import org.gongkai.importing.ImportResult.Unplaced;
import org.gongkai.importing.Importer;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.importing.pdf.TemplateFamilies;
import org.gongkai.model.Disclosure;
import org.gongkai.model.TableKind;

/**
 * Reads a budget workbook (.xlsx): every sheet titled as a standard table (部门收支总表 …
 * 一般公共预算"三公"经费支出表) becomes a {@code BudgetTable} with its lines, total and unit, in
 * sheet order; the document's title, year and department are taken from the titles and from an
 * 编制单位：/编制部门： cell. The statement sheet (说明) is not parsed: its lines, like every other
 * cell that could not be placed, are reported as unplaced with their {@code Sheet!A1} place.
 * Each imported table, line and amount has its place in {@link ImportResult#places()}.
 *
 * <p>The department's region is not in a workbook and is {@link DocumentFacts#UNKNOWN_REGION}
 * (a province named 未知); the statement sections are absent.
 */
public final class XlsxImporter implements Importer {

    static final String STATEMENT_NOT_PARSED = "statement text is not parsed from workbooks";

    private final ProfileLibrary library;
    private final TemplateFamilies families;

    /** An importer whose table titles are those of the standard template profiles. */
    public XlsxImporter() {
        this(ProfileLibrary.standard(), TemplateFamilies.standard());
    }

    /** An importer whose table titles are those of the profiles of {@code library}, its families {@code families}. */
    public XlsxImporter(ProfileLibrary library, TemplateFamilies families) {
        this.library = Objects.requireNonNull(library, "library");
        this.families = Objects.requireNonNull(families, "families");
    }

    @Override
    public boolean accepts(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    @Override
    public ImportResult read(Path file) {
        List<SheetGrid> sheets = WorkbookLoader.load(file);
        TableTitles titles = TableTitles.of(families, library, sheets.stream().flatMap(s -> s.cells().stream())
                .filter(c -> !c.isNumber()).map(GridCell::text).toList());
        List<SheetTable> tables = new ArrayList<>();
        List<Leftover> leftovers = new ArrayList<>();
        for (SheetGrid sheet : sheets) {
            Optional<SheetTable> table = TableSheetReader.read(sheet, titles);
            table.ifPresent(tables::add);
            leftovers.addAll(table.map(SheetTable::leftovers).orElseGet(() -> unread(sheet, titles)));
        }
        DocumentFacts facts = DocumentFacts.of(file, sheets, tables);
        Disclosure disclosure = new Disclosure(facts.document(), facts.department(), null, List.of(), null, null,
                null, null, null, null, null, List.of(), null, tables.stream().map(SheetTable::table).toList(), List.of());
        return new ImportResult(disclosure, places(facts, tables), unplaced(leftovers, facts));
    }

    /** Every cell of a sheet that is not a table, with the reason it is not read. */
    private static List<Leftover> unread(SheetGrid sheet, TableTitles titles) {
        String reason = sheet.isStatement() ? STATEMENT_NOT_PARSED : notATable(sheet, titles);
        return sheet.cells().stream().map(c -> new Leftover(c, reason)).toList();
    }

    /** Why a sheet is not read: no standard title, or a standard title without a header of known labels. */
    private static String notATable(SheetGrid sheet, TableTitles titles) {
        Optional<TableKind> titled = sheet.cells().stream()
                .filter(c -> !c.isNumber())
                .flatMap(c -> titles.kind(c.text()).stream())
                .findFirst();
        return titled
                .map(k -> "sheet “" + sheet.name() + "” is titled as the " + k.standardTitle()
                        + " but has no header row of known labels (项目/科目编码 and 合计 …): its cells are not read")
                .orElseGet(() -> "sheet “" + sheet.name() + "” is not a standard budget table: its cells are not read");
    }

    private static Map<String, String> places(DocumentFacts facts, List<SheetTable> tables) {
        Map<String, String> places = new HashMap<>(facts.places());
        for (int i = 0; i < tables.size(); i++) {
            String table = "/tables/" + i;
            tables.get(i).places().forEach((pointer, where) -> places.put(table + pointer, where));
        }
        return places;
    }

    /** The left-over cells, less those the document facts were read from. */
    private static List<Unplaced> unplaced(List<Leftover> leftovers, DocumentFacts facts) {
        return leftovers.stream()
                .filter(l -> !facts.claimed().contains(l.cell().where()))
                .map(l -> new Unplaced(l.cell().where(), l.cell().text(), l.reason()))
                .toList();
    }
}
