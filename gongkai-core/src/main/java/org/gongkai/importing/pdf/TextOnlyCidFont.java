package org.gongkai.importing.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Vector;

/**
 * A composite font (Type0, Identity-H, an embedded TrueType descendant with a ToUnicode map) as
 * far as reading text needs it: codes, widths, Unicode, the space's width and the font box. PDFBox's
 * own {@link PDType0Font} parses the whole embedded font program (its glyphs, cmaps and names)
 * before the first character is placed, which was two fifths of the time of reading a disclosure;
 * reading text needs none of it. This reads the same figures from the font dictionaries, and from the
 * font program only the advance of the one glyph PDFBox takes as the space when the ToUnicode map
 * names none. Anything else, or a code the ToUnicode map does not name, is answered by PDFBox's
 * own font, made when first needed, so that the characters placed are the ones PDFBox places:
 * {@code TextOnlyFontsTest} compares every character of the corpus both ways.
 */
final class TextOnlyCidFont extends PDFont {

    private static final CMap IDENTITY_H = identityH();
    private static final int MAX_CODE = 0xFFFF;
    /** Kept for a code that has no Unicode, told apart from a code not yet asked by identity. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String NO_UNICODE = new String("");

    private final COSDictionary descendant;
    private final PDFontDescriptor descriptor;
    private final Map<Integer, Float> widths;
    private final float[] widthOfCode; // the widths of the codes of two bytes, NaN where /W gives none
    private final float defaultWidth;
    private String[] unicodeOfCode;
    private PDType0Font full;
    private GlyphAdvances advances;
    private float averageWidth;

    private TextOnlyCidFont(COSDictionary font, COSDictionary descendant, COSDictionary descriptor, Map<Integer, Float> widths)
            throws IOException {
        super(font);
        this.descendant = descendant;
        this.descriptor = new PDFontDescriptor(descriptor);
        this.widths = widths;
        this.widthOfCode = byCode(widths);
        this.defaultWidth = descendant.getDictionaryObject(COSName.DW) instanceof COSNumber dw ? dw.floatValue() : 1000;
    }

    /** The font as text reading needs it, or null when the font is not of the kind this reads. */
    static PDFont of(COSDictionary font) throws IOException {
        if (!COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))
                || !COSName.IDENTITY_H.equals(font.getDictionaryObject(COSName.ENCODING))
                || !(font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream)) {
            return null;
        }
        COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
        if (descendants == null || descendants.size() != 1 || !(descendants.getObject(0) instanceof COSDictionary cid)
                || !COSName.CID_FONT_TYPE2.equals(cid.getCOSName(COSName.SUBTYPE))
                || !(cid.getDictionaryObject(COSName.FONT_DESC) instanceof COSDictionary descriptor)
                || !(descriptor.getDictionaryObject(COSName.FONT_FILE2) instanceof COSStream)) {
            return null;
        }
        COSBase toGid = cid.getDictionaryObject(COSName.CID_TO_GID_MAP);
        if (toGid != null && !COSName.IDENTITY.equals(toGid) && !(toGid instanceof COSStream)) {
            return null;
        }
        Map<Integer, Float> widths = widths(cid.getCOSArray(COSName.W));
        return widths == null ? null : new TextOnlyCidFont(font, cid, descriptor, widths);
    }

    @Override
    public int readCode(InputStream in) throws IOException {
        return IDENTITY_H.readCode(in);
    }

    @Override
    public float getWidth(int code) {
        float width = code >= 0 && code < widthOfCode.length ? widthOfCode[code] : Float.NaN; // Identity-H: the code is the CID
        return Float.isNaN(width) ? defaultWidth : width;
    }

    @Override
    public Vector getDisplacement(int code) {
        return new Vector(getWidth(code) / 1000, 0);
    }

    /**
     * The text of a code, kept once known: the stripper asks it for every glyph, and the ToUnicode
     * map answers from a map of boxed codes whose buckets the codes of a subset crowd. Codes up to the
     * highest that /W gives a width are kept, the others looked up each time.
     */
    @Override
    public String toUnicode(int code) {
        if (code < 0 || code >= widthOfCode.length) {
            return unicodeOf(code);
        }
        if (unicodeOfCode == null) {
            unicodeOfCode = new String[widthOfCode.length];
        }
        String known = unicodeOfCode[code];
        if (known == null) {
            String unicode = unicodeOf(code);
            unicodeOfCode[code] = unicode == null ? NO_UNICODE : unicode;
            return unicode;
        }
        return known == NO_UNICODE ? null : known;
    }

    private String unicodeOf(int code) {
        String unicode = super.toUnicode(code);
        if (unicode != null) {
            return unicode;
        }
        try {
            return full().toUnicode(code);
        } catch (IOException e) {
            return null; // as PDFBox's own font: a code without Unicode is no character
        }
    }

    @Override
    public float getWidthFromFont(int code) throws IOException {
        if (advances == null) {
            advances = GlyphAdvances.of((COSStream) descriptor.getCOSObject().getDictionaryObject(COSName.FONT_FILE2),
                    descendant.getDictionaryObject(COSName.CID_TO_GID_MAP));
        }
        return advances == null ? full().getWidthFromFont(code) : advances.width(code);
    }

    @Override
    public float getAverageFontWidth() {
        if (averageWidth == 0) {
            float total = 0;
            int count = 0;
            for (float w : widths.values()) {
                if (w > 0) {
                    total += w;
                    count++;
                }
            }
            averageWidth = count == 0 ? 0 : total / count;
            if (averageWidth <= 0 || Float.isNaN(averageWidth)) {
                averageWidth = defaultWidth;
            }
        }
        return averageWidth;
    }

    @Override
    public PDFontDescriptor getFontDescriptor() {
        return descriptor;
    }

    @Override
    public BoundingBox getBoundingBox() throws IOException {
        PDRectangle box = descriptor.getFontBoundingBox();
        if (box != null && (box.getLowerLeftX() != 0 || box.getLowerLeftY() != 0 || box.getUpperRightX() != 0
                || box.getUpperRightY() != 0)) {
            return new BoundingBox(box.getLowerLeftX(), box.getLowerLeftY(), box.getUpperRightX(), box.getUpperRightY());
        }
        return full().getBoundingBox();
    }

    @Override
    public String getName() {
        return getCOSObject().getNameAsString(COSName.BASE_FONT);
    }

    @Override
    public boolean isVertical() {
        return false;
    }

    @Override
    public boolean isEmbedded() {
        return true;
    }

    @Override
    public boolean isDamaged() {
        return false;
    }

    @Override
    public float getHeight(int code) throws IOException {
        return full().getHeight(code);
    }

    @Override
    public boolean hasExplicitWidth(int code) {
        return code >= 0 && code < widthOfCode.length && !Float.isNaN(widthOfCode[code]);
    }

    @Override
    protected float getStandard14Width(int code) {
        throw new UnsupportedOperationException("not a standard 14 font");
    }

    @Override
    protected byte[] encode(int unicode) {
        throw new UnsupportedOperationException("a font read for its text does not encode");
    }

    @Override
    public void addToSubset(int codePoint) {
        throw new UnsupportedOperationException("a font read for its text is not subset");
    }

    @Override
    public void subset() {
        throw new UnsupportedOperationException("a font read for its text is not subset");
    }

    @Override
    public boolean willBeSubset() {
        return false;
    }

    /** PDFBox's own font, for what this does not read itself: a code without Unicode, a font with no box. */
    private PDType0Font full() throws IOException {
        if (full == null) {
            full = new PDType0Font(getCOSObject());
        }
        return full;
    }

    /**
     * The /W array as PDFBox reads it: {@code c [w1 w2 …]} and {@code first last w}, malformed entries
     * skipped; null for a range wider than the codes of two bytes, which is left to PDFBox.
     */
    private static Map<Integer, Float> widths(COSArray w) {
        Map<Integer, Float> widths = new HashMap<>();
        if (w == null) {
            return widths;
        }
        int size = w.size();
        int i = 0;
        while (i < size - 1) {
            if (!(w.getObject(i++) instanceof COSNumber first)) {
                continue;
            }
            COSBase next = w.getObject(i++);
            if (next instanceof COSArray run) {
                for (int k = 0; k < run.size(); k++) {
                    if (run.getObject(k) instanceof COSNumber width) {
                        widths.put(first.intValue() + k, width.floatValue());
                    }
                }
            } else {
                if (i >= size) {
                    break;
                }
                COSBase width = w.getObject(i++);
                if (next instanceof COSNumber last && width instanceof COSNumber value) {
                    if ((long) last.intValue() - first.intValue() > MAX_CODE) {
                        return null;
                    }
                    for (int c = first.intValue(); c <= last.intValue(); c++) {
                        widths.put(c, value.floatValue());
                    }
                }
            }
        }
        return widths;
    }

    /**
     * The widths as an array indexed by code, for the lookup made for every glyph placed: NaN marks a
     * code /W gives no width (a PDF number is never NaN); Identity-H reads no code beyond two bytes.
     */
    private static float[] byCode(Map<Integer, Float> widths) {
        int max = -1;
        for (int code : widths.keySet()) {
            if (code >= 0 && code <= MAX_CODE) {
                max = Math.max(max, code);
            }
        }
        float[] byCode = new float[max + 1];
        java.util.Arrays.fill(byCode, Float.NaN);
        widths.forEach((code, width) -> {
            if (code >= 0 && code <= MAX_CODE) {
                byCode[code] = width;
            }
        });
        return byCode;
    }

    private static CMap identityH() {
        try {
            return new CMapParser().parsePredefined("Identity-H");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
