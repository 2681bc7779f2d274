package org.gongkai.importing.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The name cells a table's lines have printed so far, column by column, for names wrapped in a column
 * of their own while the column beside them prints other lines: a source's group cell (上年结转和 /
 * 结余资金) whose two lines stand between the lines of the items it spans (小计, 其中：动用上年 / 结转和结余资金).
 * A cell stays open for a piece below it until a later line prints a name over it, a page ends, or the
 * distance of a cell's lines has passed (less than two characters: the table's lines lie farther apart).
 * A piece goes on a cell when the cell filled its column's width (its right edge is where the widest
 * names of that column end, an edge some other name reaches too) and the piece starts where it started,
 * or up to two characters left of it (a first line indented by two characters, as Chinese text is).
 */
final class NameColumns {

    /**
     * A name cell read: its extent and baseline, the width of its characters, its side, the row it went
     * into and whether it ends its row's name.
     */
    record Cell(float x0, float x1, float y, float glyph, int page, int side, String list, int index, boolean endsName) {

        boolean overlaps(float from, float to) {
            return x0 < to && from < x1;
        }
    }

    /** How many characters a cell's first line may be indented against its next line. */
    private static final float INDENT_GLYPHS = 2.2f;
    /**
     * How many characters below a cell its next line may lie: a cell's lines lie about 1.3 to 1.75
     * characters apart (the 决算 template 13.6 points with characters 10.5 wide, the 2017 Jiangsu summaries
     * 29.5 with 17), the table's lines farther.
     */
    private static final float REACH_GLYPHS = 2f;

    private final List<Cell> read = new ArrayList<>();
    private final List<Cell> open = new ArrayList<>();

    /**
     * A line of the table read: the cells it names close the open cells under them, and those farther
     * above than a cell's lines reach or on another page. A line of figures closes them all: pieces around
     * a line's figures are that line's to join (TableReader's cells), or to leave apart where they stand in
     * several text columns (a procurement table's 品名 beside its 组织形式).
     */
    void lineRead(int page, float y, boolean figures, int side, List<Word> names) {
        open.removeIf(c -> figures || c.page() != page || y - c.y() > REACH_GLYPHS * c.glyph()
                || c.side() == side && names.stream().anyMatch(w -> c.overlaps(w.x0(), w.x1())));
    }

    /**
     * The name words of a row just read, left to right, each a cell (a group's cell and an item's stand
     * half a character apart, no farther than the words of one name); the last one ends the row's name
     * on its side.
     */
    void named(int page, float y, int side, String list, int index, List<Word> cells) {
        for (int k = 0; k < cells.size(); k++) {
            Word w = cells.get(k);
            float glyph = (w.x1() - w.x0()) / Math.max(1, w.text().codePointCount(0, w.text().length()));
            Cell c = new Cell(w.x0(), w.x1(), y, glyph, page, side, list, index, k == cells.size() - 1);
            read.add(c);
            open.add(c);
        }
    }

    /** The open cell the piece of a name on the page continues, if any. */
    Optional<Cell> continued(Word piece, int page, int side) {
        return open.stream().filter(c -> c.side() == side && c.endsName() && c.page() == page)
                .filter(c -> piece.y() > c.y() && piece.y() - c.y() <= REACH_GLYPHS * c.glyph())
                .filter(c -> piece.x0() <= c.x0() + c.glyph() && piece.x0() >= c.x0() - INDENT_GLYPHS * c.glyph())
                .filter(this::fillsItsColumn)
                .reduce((a, b) -> b);
    }

    /** The row's name went on below: its cells are no longer open. */
    void rowWentOn(String list, int index) {
        open.removeIf(c -> c.list().equals(list) && c.index() == index);
    }

    private boolean fillsItsColumn(Cell cell) {
        List<Float> ends = read.stream().filter(c -> c.side() == cell.side() && c.overlaps(cell.x0(), cell.x1()))
                .map(Cell::x1).toList();
        float edge = (float) ends.stream().mapToDouble(Float::doubleValue).max().orElse(0);
        float tolerance = cell.glyph() / 2;
        return cell.x1() >= edge - tolerance && ends.stream().filter(x -> x >= edge - tolerance).count() >= 2;
    }
}
