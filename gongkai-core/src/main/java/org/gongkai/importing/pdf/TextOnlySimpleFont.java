package org.gongkai.importing.pdf;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;

/**
 * A simple (one-byte) TrueType font with an embedded program, a standard encoding named in its
 * dictionary (WinAnsi, MacRoman …) and a /Widths array, as far as reading text needs it: PDFBox's
 * {@link PDTrueTypeFont} parses the whole program (glyphs, cmaps, names) when it is made, where a
 * character's code, width and Unicode all come from the dictionaries. The program is parsed only
 * for what they do not give (a box the descriptor lacks, a space whose width is not positive),
 * by PDFBox's own font, made when first needed. {@code TextOnlyFontsTest} compares every character
 * of the corpus both ways.
 */
final class TextOnlySimpleFont extends PDFont {

    private static final int SPACE = 32;

    private final Encoding encoding;
    private PDTrueTypeFont full;
    private BoundingBox box;
    private float spaceWidth = Float.NaN;

    private TextOnlySimpleFont(COSDictionary font, Encoding encoding) {
        super(font);
        this.encoding = encoding;
    }

    /** The font as text reading needs it, or null when the font is not of the kind this reads. */
    static PDFont of(COSDictionary font) {
        if (!COSName.TRUE_TYPE.equals(font.getCOSName(COSName.SUBTYPE))
                || !(font.getDictionaryObject(COSName.WIDTHS) instanceof COSArray)
                || !(font.getDictionaryObject(COSName.FONT_DESC) instanceof COSDictionary descriptor)
                || !(descriptor.getDictionaryObject(COSName.FONT_FILE2) instanceof COSStream)
                || !(font.getDictionaryObject(COSName.ENCODING) instanceof COSName encodingName)) {
            return null;
        }
        Encoding encoding = Encoding.getInstance(encodingName);
        String name = font.getNameAsString(COSName.BASE_FONT);
        if (encoding == null || Standard14Fonts.getMappedFontName(name) == Standard14Fonts.FontName.ZAPF_DINGBATS) {
            return null; // an encoding read from the program, or the dingbats' own glyph list: left to PDFBox
        }
        return new TextOnlySimpleFont(font, encoding);
    }

    @Override
    public int readCode(InputStream in) throws IOException {
        return in.read();
    }

    /** The ToUnicode map's answer, else the name the encoding gives the code looked up in the glyph list. */
    @Override
    public String toUnicode(int code) {
        String unicode = super.toUnicode(code);
        return unicode != null ? unicode : GlyphList.getAdobeGlyphList().toUnicode(encoding.getName(code));
    }

    /**
     * As {@link #toUnicode(int)} with the text stripper's glyph list, and, for a code neither names, the
     * code itself as a character: what the text stripper places for a simple font (it asks this font
     * with its glyph list only, and would skip the code of a font that is not one of PDFBox's simple fonts).
     */
    @Override
    public String toUnicode(int code, GlyphList glyphs) {
        String unicode = super.toUnicode(code);
        if (unicode == null) {
            unicode = glyphs.toUnicode(encoding.getName(code));
        }
        return unicode != null ? unicode : String.valueOf((char) code);
    }

    /**
     * The width of the space: as PDFBox finds it from the ToUnicode map when the font has one; else
     * the width of code 32, the space of every standard encoding, when it is positive; else PDFBox's.
     */
    @Override
    public float getSpaceWidth() {
        if (getToUnicodeCMap() != null && getCOSObject().containsKey(COSName.TO_UNICODE)) {
            return super.getSpaceWidth();
        }
        if (Float.isNaN(spaceWidth)) {
            try {
                float width = getWidth(SPACE);
                spaceWidth = width > 0 ? width : full().getSpaceWidth();
            } catch (IOException e) {
                spaceWidth = 250; // PDFBox's figure for a space it cannot measure
            }
        }
        return spaceWidth;
    }

    @Override
    public float getWidthFromFont(int code) throws IOException {
        return full().getWidthFromFont(code);
    }

    @Override
    public BoundingBox getBoundingBox() throws IOException {
        if (box == null) {
            PDRectangle b = getFontDescriptor().getFontBoundingBox();
            box = b != null ? new BoundingBox(b.getLowerLeftX(), b.getLowerLeftY(), b.getUpperRightX(), b.getUpperRightY())
                    : full().getBoundingBox();
        }
        return box;
    }

    @Override
    public float getHeight(int code) throws IOException {
        return full().getHeight(code);
    }

    @Override
    public boolean hasExplicitWidth(int code) {
        int first = getCOSObject().getInt(COSName.FIRST_CHAR, -1);
        return code >= first && code - first < getWidths().size();
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
    protected float getStandard14Width(int code) {
        throw new UnsupportedOperationException("an embedded font is not one of the standard 14");
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

    /** PDFBox's own font, for what this does not read itself. */
    private PDTrueTypeFont full() throws IOException {
        if (full == null) {
            full = new PDTrueTypeFont(getCOSObject());
        }
        return full;
    }
}
