package org.gongkai.importing.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * The advance widths of an embedded TrueType program, read from its table directory, {@code head},
 * {@code maxp}, {@code hhea} and {@code hmtx} alone, with the CIDToGIDMap in front: what PDFBox's
 * CID TrueType font gives as a glyph's width from the font itself, without parsing the rest.
 */
final class GlyphAdvances {

    private static final int HEAD = tag("head");
    private static final int MAXP = tag("maxp");
    private static final int HHEA = tag("hhea");
    private static final int HMTX = tag("hmtx");

    private final int[] advances;
    private final int glyphs;
    private final int unitsPerEm;
    private final int[] cidToGid; // null: Identity

    private GlyphAdvances(int[] advances, int glyphs, int unitsPerEm, int[] cidToGid) {
        this.advances = advances;
        this.glyphs = glyphs;
        this.unitsPerEm = unitsPerEm;
        this.cidToGid = cidToGid;
    }

    /**
     * The advances of the program, or null when it is not a plain TrueType file this can read. Only
     * the bytes up to the end of the four tables are inflated: they usually come before the glyphs.
     */
    static GlyphAdvances of(COSStream program, COSBase cidToGidMap) throws IOException {
        int[] cidToGid = null;
        if (cidToGidMap instanceof COSStream map) {
            cidToGid = cidToGid(map);
        } else if (cidToGidMap != null && !COSName.IDENTITY.equals(cidToGidMap)) {
            return null;
        }
        try (InputStream in = program.createInputStream()) {
            ByteBuffer start = ByteBuffer.wrap(in.readNBytes(12));
            if (start.limit() < 12 || start.getInt(0) != 0x00010000 && start.getInt(0) != tag("true")) {
                return null; // a collection, CFF outlines or damage: left to PDFBox
            }
            int tables = start.getShort(4) & 0xFFFF;
            ByteBuffer directory = ByteBuffer.wrap(in.readNBytes(16 * tables));
            if (directory.limit() < 16 * tables) {
                return null;
            }
            long[] offsets = new long[4];
            long[] lengths = new long[4];
            int[] wanted = {HEAD, MAXP, HHEA, HMTX};
            java.util.Arrays.fill(offsets, -1);
            long end = 0;
            for (int t = 0; t < tables; t++) {
                int tag = directory.getInt(16 * t);
                for (int w = 0; w < wanted.length; w++) {
                    if (tag == wanted[w]) {
                        offsets[w] = directory.getInt(16 * t + 8) & 0xFFFFFFFFL;
                        lengths[w] = directory.getInt(16 * t + 12) & 0xFFFFFFFFL;
                        end = Math.max(end, offsets[w] + lengths[w]);
                    }
                }
            }
            long read = 12 + 16L * tables;
            if (java.util.Arrays.stream(offsets).anyMatch(o -> o < read) || end > Integer.MAX_VALUE) {
                return null;
            }
            byte[] rest = in.readNBytes((int) (end - read));
            if (rest.length < end - read) {
                return null;
            }
            ByteBuffer font = ByteBuffer.wrap(rest);
            int head = (int) (offsets[0] - read);
            int maxp = (int) (offsets[1] - read);
            int hhea = (int) (offsets[2] - read);
            int hmtx = (int) (offsets[3] - read);
            if (lengths[0] < 20 || lengths[1] < 6 || lengths[2] < 36) {
                return null;
            }
            int unitsPerEm = font.getShort(head + 18) & 0xFFFF;
            int glyphs = font.getShort(maxp + 4) & 0xFFFF;
            int metrics = font.getShort(hhea + 34) & 0xFFFF;
            if (metrics * 4L > lengths[3]) {
                return null;
            }
            int[] advances = new int[metrics];
            for (int g = 0; g < metrics; g++) {
                advances[g] = font.getShort(hmtx + 4 * g) & 0xFFFF;
            }
            return new GlyphAdvances(advances, glyphs, unitsPerEm, cidToGid);
        }
    }

    private static int[] cidToGid(COSStream map) throws IOException {
        byte[] bytes;
        try (InputStream in = map.createInputStream()) {
            bytes = in.readAllBytes();
        }
        int[] cidToGid = new int[bytes.length / 2];
        for (int c = 0; c < cidToGid.length; c++) {
            cidToGid[c] = (bytes[2 * c] & 0xFF) << 8 | bytes[2 * c + 1] & 0xFF;
        }
        return cidToGid;
    }

    /** The width of a CID's glyph in thousandths of the font size, as PDFBox computes it. */
    float width(int cid) {
        int gid;
        if (cidToGid != null) {
            gid = cid < cidToGid.length ? cidToGid[cid] : 0;
        } else {
            gid = cid < glyphs ? cid : 0;
        }
        float width;
        if (advances.length == 0) {
            width = 250;
        } else {
            width = gid < advances.length ? advances[gid] : advances[advances.length - 1];
        }
        return unitsPerEm != 1000 ? width * 1000f / unitsPerEm : width;
    }

    private static int tag(String name) {
        return name.charAt(0) << 24 | name.charAt(1) << 16 | name.charAt(2) << 8 | name.charAt(3);
    }
}
