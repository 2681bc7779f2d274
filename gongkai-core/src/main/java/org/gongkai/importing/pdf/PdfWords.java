package org.gongkai.importing.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gongkai.importing.ReadBudget;

/**
 * The words of a PDF with their positions, grouped into lines: words whose baselines lie within
 * {@value #SAME_LINE} points of each other on one page form a line. Reading spends the file's
 * {@link ReadBudget}: its time, checked at every page and every few thousand operators, and its
 * characters.
 */
final class PdfWords extends PDFTextStripper {

    /** Baselines closer than this (points) are one line: table cells drift by a fraction of a point. */
    static final float SAME_LINE = 2.0f;

    /**
     * Baselines this close whose words do not overlap are one line too: a cell set in another font
     * (合计 beside its amount) sits a few points off; two lines of text are never this close.
     */
    static final float NEAR_LINE = 4.5f;

    private static final int OPERATORS_BETWEEN_TIME_CHECKS = 4096;

    private final List<List<Word>> pages = new ArrayList<>();
    private final ReadBudget budget;
    private final CMapRanges cmaps;
    private final PrintedTwice printedTwice = new PrintedTwice();
    /** For each marked-content sequence open, whether it gives the text its glyphs stand for (/ActualText). */
    private final Deque<Boolean> actualTexts = new ArrayDeque<>();
    private boolean inActualText;
    private int operators;

    private PdfWords(ReadBudget budget) {
        this.budget = budget;
        this.cmaps = new CMapRanges(budget);
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(false); // done by PrintedTwice, the same rule kept more cheaply
    }

    /** The lines of every page, top to bottom, pages in order, read within the file's budget. */
    static List<PdfLine> lines(PDDocument document, ReadBudget budget) throws IOException {
        PdfWords stripper = new PdfWords(budget);
        stripper.getText(document);
        List<PdfLine> lines = new ArrayList<>();
        for (int p = 0; p < stripper.pages.size(); p++) {
            lines.addAll(group(p + 1, stripper.pages.get(p)));
        }
        return lines;
    }

    @Override
    public String getText(PDDocument doc) throws IOException {
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            pages.add(new ArrayList<>());
        }
        StringWriter ignored = new StringWriter();
        writeText(doc, ignored);
        return "";
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        budget.checkTime();
        printedTwice.clear();
        super.startPage(page);
    }

    /**
     * Follows the stripper in telling whether glyphs stand for an /ActualText: it checks for text
     * printed twice only outside one, and the sequence opened last decides.
     */
    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        boolean actual = PDMarkedContent.create(tag, properties).getActualText() != null;
        actualTexts.push(actual);
        inActualText = actual;
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        Boolean actual = actualTexts.peek();
        if (actual != null) {
            if (actual) {
                inActualText = false;
            }
            actualTexts.pop();
        }
        super.endMarkedContentSequence();
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators % OPERATORS_BETWEEN_TIME_CHECKS == 0) {
            budget.checkTime();
        }
        if ("Tf".equals(operator.getName()) && !operands.isEmpty() && operands.get(0) instanceof COSName name
                && getResources() != null) {
            COSDictionary fonts = getResources().getCOSObject().getCOSDictionary(COSName.FONT);
            if (fonts != null && fonts.getDictionaryObject(name) instanceof COSDictionary font) {
                cmaps.check(font); // before PDFBox parses its maps in one step
            }
        }
        super.processOperator(operator, operands);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        budget.countCharacters(1);
        if (!inActualText && printedTwice.repeats(text)) {
            return;
        }
        super.processTextPosition(text);
    }

    /**
     * Text placed outside the page's visible area is not printed (a 2017 Jiangsu page carries two of its
     * tables again 1,700 points below its foot, where no reader sees them): it is left out. The larger
     * side of the crop box bounds both directions, so that a rotated page keeps all its text.
     */
    private boolean offThePage(TextPosition t) {
        var box = getCurrentPage().getCropBox();
        float extent = Math.max(box.getWidth(), box.getHeight()) + OFF_PAGE_MARGIN;
        return t.getYDirAdj() > extent || t.getYDirAdj() < -OFF_PAGE_MARGIN || t.getXDirAdj() > extent
                || t.getXDirAdj() + t.getWidthDirAdj() < -OFF_PAGE_MARGIN;
    }

    /** How far (points) beyond the page's edge a glyph may still be read as printed. */
    private static final float OFF_PAGE_MARGIN = 2f;

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        List<Word> page = pages.get(getCurrentPageNo() - 1);
        if (!positions.isEmpty() && offThePage(positions.get(0)) && offThePage(positions.get(positions.size() - 1))) {
            return;
        }
        StringBuilder s = new StringBuilder();
        float x0 = 0;
        float x1 = 0;
        float y = 0;
        boolean spaced = false;
        for (TextPosition t : positions) {
            String u = t.getUnicode();
            if (u == null || u.isBlank() || u.equals("\u3000")) {
                if (!s.isEmpty()) {
                    page.add(new Word(s.toString(), x0, x1, y, spaced));
                    s.setLength(0);
                }
                spaced = true;
                continue;
            }
            if (s.isEmpty()) {
                x0 = t.getXDirAdj();
                y = t.getYDirAdj();
            }
            s.append(u);
            x1 = t.getXDirAdj() + t.getWidthDirAdj();
        }
        if (!s.isEmpty()) {
            page.add(new Word(s.toString(), x0, x1, y, spaced));
        }
    }

    private static boolean apart(List<Word> a, List<Word> b) {
        for (Word x : a) {
            for (Word y : b) {
                if (x.x0() < y.x1() && y.x0() < x.x1()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<PdfLine> group(int page, List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::y));
        List<List<Word>> groups = new ArrayList<>();
        List<Float> baselines = new ArrayList<>();
        for (Word w : sorted) {
            int last = groups.size() - 1;
            if (last >= 0 && Math.abs(w.y() - baselines.get(last)) <= SAME_LINE) {
                groups.get(last).add(w);
            } else {
                groups.add(new ArrayList<>(List.of(w)));
                baselines.add(w.y());
            }
        }
        for (int i = groups.size() - 1; i > 0; i--) {
            if (baselines.get(i) - baselines.get(i - 1) <= NEAR_LINE && apart(groups.get(i - 1), groups.get(i))) {
                groups.get(i - 1).addAll(groups.remove(i));
                baselines.remove(i);
            }
        }
        List<PdfLine> lines = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Word> g = groups.get(i);
            g.sort(Comparator.comparingDouble(Word::x0));
            lines.add(new PdfLine(page, i + 1, baselines.get(i), g));
        }
        return lines;
    }
}
