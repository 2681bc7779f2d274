package org.gongkai.importing.pdf;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The document's resource cache, answering a composite TrueType font with a {@link TextOnlyCidFont}
 * and a simple TrueType font with a {@link TextOnlySimpleFont} the first time it is asked for: the
 * fonts of a document are made once each, but without parsing their programs. Fonts of other kinds
 * are made by PDFBox as usual. A font is kept by its dictionary: PDFBox's own cache keys it by the
 * reference that named it, and the pages of one document hold references of their own to the same
 * font, which made each font again for most pages.
 */
final class TextOnlyFonts extends DefaultResourceCache {

    private final Map<COSBase, PDFont> byDictionary = new IdentityHashMap<>();

    private TextOnlyFonts() {}

    /** Reads the document's fonts for their text from now on. */
    static void use(PDDocument document) {
        document.setResourceCache(new TextOnlyFonts());
    }

    @Override
    public PDFont getFont(COSObject indirect) {
        COSBase object = indirect.getObject();
        PDFont known = byDictionary.get(object);
        if (known != null) {
            return known;
        }
        PDFont cached = super.getFont(indirect);
        if (cached != null || !(object instanceof COSDictionary dictionary)) {
            return cached;
        }
        try {
            PDFont font = TextOnlyCidFont.of(dictionary);
            if (font == null) {
                font = TextOnlySimpleFont.of(dictionary);
            }
            if (font != null) {
                put(indirect, font);
            }
            return font;
        } catch (IOException | RuntimeException e) {
            return null; // PDFBox makes the font itself, and says what is wrong with it
        }
    }

    @Override
    public void put(COSObject indirect, PDFont font) {
        super.put(indirect, font);
        byDictionary.put(indirect.getObject(), font);
    }
}
