package org.gongkai.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.gongkai.rendering.Layout.Block;
import org.gongkai.rendering.Layout.Cell;
import org.gongkai.rendering.Layout.HeaderCell;
import org.gongkai.rendering.Layout.Section;
import org.gongkai.rendering.Layout.Table;

/**
 * The workbook: the statement on its own sheet, then one sheet per table (the statement's tables
 * and the standard tables), amounts as numeric cells with two decimals, header rows frozen.
 */
public final class XlsxRenderer {

    private static final String AMOUNT_FORMAT = "#,##0.00";

    private XlsxRenderer() {}

    public static byte[] xlsx(Layout.Document doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        xlsx(doc, out);
        return out.toByteArray();
    }

    public static void xlsx(Layout.Document doc, OutputStream out) {
        Workbook wb = new Workbook(out, "Gongkai", "1.0");
        Set<String> names = new HashSet<>();
        statement(wb.newWorksheet(unique("说明", names)), doc);
        for (Table t : tables(doc)) {
            if (!t.missing()) {
                table(wb.newWorksheet(unique(sheetName(t.title()), names)), t);
            }
        }
        try {
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every table of the document in order: those inside sections, then the standard tables. */
    public static List<Table> tables(Layout.Document doc) {
        List<Table> all = new ArrayList<>();
        for (Section s : doc.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof Table t) {
                    all.add(t);
                }
            }
        }
        all.addAll(doc.tables());
        return all;
    }

    private static void statement(Worksheet ws, Layout.Document doc) {
        int r = 0;
        ws.width(0, 120);
        ws.value(r, 0, doc.title());
        ws.style(r++, 0).bold().fontSize(14).set();
        for (String line : doc.coverLines()) {
            if (line.startsWith(StatementComposer.APPROVED_ON) || line.startsWith(StatementComposer.PUBLISHED_ON)) {
                ws.value(r++, 0, line);
            }
        }
        for (Section s : doc.sections()) {
            r++;
            ws.value(r, 0, s.heading());
            ws.style(r++, 0).bold().set();
            for (Block b : s.blocks()) {
                if (b instanceof Layout.Heading h) {
                    ws.value(r, 0, h.text());
                    ws.style(r++, 0).bold().set();
                } else if (b instanceof Layout.Paragraph p) {
                    ws.value(r, 0, p.text());
                    ws.style(r++, 0).wrapText(true).set();
                } else if (b instanceof Layout.ItemList l) {
                    for (String item : l.items()) {
                        ws.value(r, 0, item);
                        ws.style(r++, 0).wrapText(true).set();
                    }
                } else if (b instanceof Table t) {
                    ws.value(r++, 0, "（见工作表“" + sheetName(t.title()) + "”）");
                }
            }
        }
        if (doc.footer() != null) {
            ws.value(++r, 0, doc.footer());
        }
    }

    private static void table(Worksheet ws, Table t) {
        int r = 0;
        ws.value(r, 0, t.title());
        ws.style(r++, 0).bold().fontSize(12).set();
        if (t.unit() != null) {
            ws.value(r++, 0, t.unit());
        }
        int headerStart = r;
        int width = t.columnCount();
        boolean[][] taken = new boolean[t.header().size()][width];
        for (int h = 0; h < t.header().size(); h++) {
            int c = 0;
            for (HeaderCell cell : t.header().get(h)) {
                while (c < width && taken[h][c]) {
                    c++;
                }
                ws.value(r + h, c, cell.text());
                ws.style(r + h, c).bold().horizontalAlignment("center").fillColor("F1ECE4").borderStyle("thin").wrapText(true).set();
                for (int dr = 0; dr < cell.rowspan(); dr++) {
                    for (int dc = 0; dc < cell.colspan(); dc++) {
                        if (h + dr < taken.length && c + dc < width) {
                            taken[h + dr][c + dc] = true;
                        }
                    }
                }
                if (cell.colspan() > 1 || cell.rowspan() > 1) {
                    ws.range(r + h, c, r + h + cell.rowspan() - 1, c + cell.colspan() - 1).merge();
                }
                c += cell.colspan();
            }
        }
        r += t.header().size();
        ws.freezePane(0, r);
        for (int c = 0; c < width; c++) {
            ws.width(c, c == 0 ? 28 : 16);
        }
        for (List<Cell> row : t.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Cell cell = row.get(c);
                if (cell.covered()) {
                    continue;
                }
                if (cell.number() != null) {
                    ws.value(r, c, cell.number());
                    var style = ws.style(r, c).format(AMOUNT_FORMAT).borderStyle("thin");
                    if (cell.total()) {
                        style = style.bold();
                    }
                    style.set();
                } else {
                    ws.value(r, c, cell.text());
                    var style = ws.style(r, c).borderStyle("thin").wrapText(true);
                    if (cell.total()) {
                        style = style.bold();
                    }
                    style.set();
                }
            }
            r++;
        }
        if (t.note() != null) {
            ws.value(r + 1, 0, t.note());
        }
        if (headerStart > 0) {
            ws.range(0, 0, 0, Math.max(0, width - 1)).merge();
        }
    }

    /** A sheet name: at most 31 characters, none of []:*?/\ . */
    static String sheetName(String title) {
        String s = title.replaceAll("[\\[\\]:*?/\\\\]", "").replaceFirst("^表\\d+\\s*", "");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }

    private static String unique(String name, Set<String> used) {
        String n = name;
        int i = 2;
        while (!used.add(n)) {
            String suffix = "(" + i++ + ")";
            n = (name.length() + suffix.length() > 31 ? name.substring(0, 31 - suffix.length()) : name) + suffix;
        }
        return n;
    }
}
