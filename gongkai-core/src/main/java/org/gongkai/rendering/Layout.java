package org.gongkai.rendering;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A disclosure laid out as a published document: cover, sections of blocks, standard tables. The
 * HTML, PDF and XLSX renderers all draw this one layout, so the formats cannot disagree.
 */
public final class Layout {

    private Layout() {}

    /** The whole document. {@code tables} are the appended standard tables, headed {@code tablesTitle}. */
    public record Document(
            String title, String subtitle, List<String> coverLines, List<Section> sections, String tablesTitle,
            List<Table> tables, String footer, String language, String author, String keywords) {

        public Document {
            sections = List.copyOf(sections);
            tables = List.copyOf(tables);
            coverLines = List.copyOf(coverLines);
        }
    }

    /** A numbered section of the statement (一、部门职责及机构设置情况). */
    public record Section(String id, String number, String title, List<Block> blocks) {

        public Section {
            blocks = List.copyOf(blocks);
        }

        public String heading() {
            return number + title;
        }
    }

    /** What a section is made of. */
    public sealed interface Block permits Heading, Paragraph, ItemList, Table {}

    /** A heading inside a section: （一）总体绩效目标. */
    public record Heading(String text) implements Block {}

    /** A paragraph of the statement. */
    public record Paragraph(String text) implements Block {}

    /** A list; each item printed with its own number as given. */
    public record ItemList(List<String> items) implements Block {

        public ItemList {
            items = List.copyOf(items);
        }
    }

    /**
     * A table: title, unit line, header rows (cells may span), body rows, note. A table the profile
     * requires but the document lacks is {@code missing}: it is listed, not silently skipped.
     */
    public record Table(
            String id, String title, String unit, List<List<HeaderCell>> header, List<List<Cell>> rows, String note,
            boolean missing) implements Block {

        public Table {
            Objects.requireNonNull(id, "id");
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }

        public int columnCount() {
            return header.isEmpty() ? 0 : header.get(0).stream().mapToInt(HeaderCell::colspan).sum();
        }
    }

    /** A header cell, spanning columns or rows. */
    public record HeaderCell(String text, int colspan, int rowspan) {

        public static HeaderCell of(String text) {
            return new HeaderCell(text, 1, 1);
        }
    }

    /**
     * A body cell: its text as printed and, for an amount, the number in the table's unit. A blank
     * amount is a cell with neither. {@code rowspan} 0 means the cell is covered by one above.
     */
    public record Cell(String text, BigDecimal number, boolean total, int rowspan) {

        public static Cell text(String text) {
            return new Cell(text == null ? "" : text, null, false, 1);
        }

        public static Cell amount(BigDecimal number, String printed) {
            return new Cell(printed, number, false, 1);
        }

        public Cell spanning(int rows) {
            return new Cell(text, number, total, rows);
        }

        public Cell asTotal() {
            return new Cell(text, number, true, rowspan);
        }

        public boolean covered() {
            return rowspan == 0;
        }
    }
}
