package org.gongkai.importing.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.gongkai.importing.InputProblem;
import org.gongkai.importing.ReadBudget;
import org.gongkai.importing.ReadLimits;
import org.gongkai.importing.UnusableInputException;

/**
 * Opens a workbook and reads every sheet into memory. A file that is not a readable workbook
 * (empty, damaged, another kind of file, encrypted or the old .xls format) is one
 * {@link InputProblem} naming the file, never a stack trace; so is a file over its
 * {@link ReadLimits} (a zip bomb, too many cells, too long to read).
 */
final class WorkbookLoader {

    /** The signature of an OLE2 compound file (old .xls, or an encrypted .xlsx) is 8 bytes long. */
    private static final int OLE2_HEADER_LENGTH = 8;
    private static final String NOT_A_WORKBOOK = "不是可读取的 Excel 工作簿（.xlsx）";
    private static final String NOT_A_WORKBOOK_EN = "not a readable workbook (.xlsx)";

    private WorkbookLoader() {}

    static List<SheetGrid> load(Path file) {
        return load(file, ReadLimits.standard());
    }

    static List<SheetGrid> load(Path file, ReadLimits limits) {
        byte[] head = head(file);
        if (head.length == 0) {
            throw unusable(file, "文件为空，" + NOT_A_WORKBOOK + " / the file is empty: " + NOT_A_WORKBOOK_EN);
        }
        if (head.length == OLE2_HEADER_LENGTH && ReadableWorkbook.isOLE2Header(head)) {
            throw unusable(file, NOT_A_WORKBOOK + "：可能是加密文件或旧版 .xls 格式 / "
                    + NOT_A_WORKBOOK_EN + ": an encrypted file or the old .xls format");
        }
        ReadBudget budget = limits.start(file);
        try {
            WorkbookArchive.check(file, budget);
        } catch (IOException e) {
            throw unusable(file, NOT_A_WORKBOOK + " / " + NOT_A_WORKBOOK_EN);
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            List<SheetGrid> sheets = new ArrayList<>();
            int[] cells = {0};
            for (Sheet sheet : wb.getSheets().toList()) {
                sheets.add(grid(sheet, budget, cells));
            }
            return sheets;
        } catch (UnusableInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // the reader reports a damaged or foreign file with several unchecked exceptions
            // (ExcelReaderException, UncheckedIOException, zip and XML errors): all mean the same here
            throw unusable(file, NOT_A_WORKBOOK + " / " + NOT_A_WORKBOOK_EN);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(OLE2_HEADER_LENGTH);
        } catch (IOException e) {
            throw unusable(file, "无法读取文件 / the file cannot be read");
        }
    }

    /** The sheet's filled cells; {@code cells} counts those of the whole workbook against its limit. */
    private static SheetGrid grid(Sheet sheet, ReadBudget budget, int[] cells) throws IOException {
        NavigableMap<Integer, NavigableMap<Integer, GridCell>> rows = new TreeMap<>();
        int max = budget.limits().maxCells();
        for (Row row : sheet.read()) {
            budget.checkTime();
            cells[0] += row.getPhysicalCellCount();
            if (cells[0] > max) {
                throw budget.refuse("工作簿的单元格超过 " + max + " 个 / the workbook has more than " + max + " cells");
            }
            for (Cell cell : row) {
                GridCell c = cell == null ? null : cell(sheet.getName(), cell);
                if (c != null) {
                    rows.computeIfAbsent(c.row(), r -> new TreeMap<>()).put(c.column(), c);
                }
            }
        }
        return new SheetGrid(sheet.getName(), rows);
    }

    /** The cell as text and, for a number (or a formula with a numeric result), its number; null if blank. */
    private static GridCell cell(String sheet, Cell cell) {
        int row = cell.getAddress().getRow();
        int column = cell.getAddress().getColumn();
        String raw = cell.getRawValue();
        CellType type = cell.getType();
        if (type == CellType.NUMBER || (type == CellType.FORMULA && isNumber(raw))) {
            BigDecimal number = CellValues.number(raw);
            return new GridCell(sheet, row, column, number.toPlainString(), number);
        }
        String text = type == CellType.STRING ? cell.asString() : raw;
        if (text == null || text.isBlank()) {
            return null;
        }
        return new GridCell(sheet, row, column, text, null);
    }

    private static boolean isNumber(String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        try {
            new BigDecimal(raw.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static UnusableInputException unusable(Path file, String message) {
        return UnusableInputException.of(new InputProblem(file.toString(), 0, 0, null, message));
    }
}
