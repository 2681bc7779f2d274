package org.gongkai.importing.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * The bytes of an embedded font program, inflated as they are read. PDFBox decodes a stream whole
 * before its first byte can be read, a megabyte and more for a Chinese font, where the tables that
 * give a glyph's advance are a few kilobytes at its start. A program compressed with FlateDecode
 * alone (no predictor) is inflated on demand; any other is decoded by PDFBox.
 */
final class FontProgramBytes {

    private FontProgramBytes() {}

    static InputStream open(COSStream program) throws IOException {
        if (!plainFlate(program)) {
            return program.createInputStream();
        }
        return new InflaterInputStream(program.createRawInputStream());
    }

    /** Whether the stream's only filter is FlateDecode, without a predictor to undo after inflating. */
    private static boolean plainFlate(COSStream program) {
        List<COSName> filters = filters(program.getDictionaryObject(COSName.FILTER, COSName.F));
        if (filters.size() != 1 || !COSName.FLATE_DECODE.equals(filters.get(0))) {
            return false;
        }
        COSBase params = program.getDictionaryObject(COSName.DECODE_PARMS, COSName.DP);
        if (params instanceof COSArray array) {
            params = array.size() == 0 ? null : array.getObject(0);
        }
        return params == null || params instanceof COSDictionary d && d.getInt(COSName.PREDICTOR, 1) <= 1;
    }

    private static List<COSName> filters(COSBase filter) {
        if (filter instanceof COSName name) {
            return List.of(name);
        }
        if (filter instanceof COSArray array && array.size() == 1 && array.getObject(0) instanceof COSName name) {
            return List.of(name);
        }
        return List.of(); // none, several or malformed: not plain FlateDecode
    }
}
