package org.gongkai.importing.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * The advance widths of an embedded TrueType or OpenType program, read from its table directory,
 * {@code head}, {@code maxp}, {@code hhea} and {@code hmtx} alone, with the CIDToGIDMap in front: what
 * PDFBox's CID TrueType font gives as a glyph's width from the font itself, without parsing the rest.
 * A program with PostScript outlines ({@code OTTO} with a {@code CFF } table) takes the CID as its
 * glyph whatever the glyph count, as PDFBox does for it.
 */
final class GlyphAdvances {

    private static final int HEAD = tag("head");
    private static final int MAXP = tag("maxp");
    private static final int HHEA = tag("hhea");
    private static final int HMTX = tag("hmtx");
    private static final int CFF = tag("CFF ");
    private static final int CFF2 = tag("CFF2");
    private static final int TRUETYPE = 0x00010000;
    private static final int OTTO = tag("OTTO");

    private final int[] advances;
    private final int glyphs;
    private final int unitsPerEm;
    private final int[] cidToGid; // null: Identity
    private final boolean postScript;

    private GlyphAdvances(int[] advances, int glyphs, int unitsPerEm, int[] cidToGid, boolean postScript) {
        this.advances = advances;
        this.glyphs = glyphs;
        this.unitsPerEm = unitsPerEm;
        this.cidToGid = cidToGid;
        this.postScript = postScript;
    }

    /**
     * The advances of the program, or null when it is not a TrueType or OpenType file this can read.
     * Only the bytes up to the end of the four tables are inflated (see {@link FontProgramBytes}): they
     * usually come before the glyphs.
     */
    static GlyphAdvances of(COSStream program, COSBase cidToGidMap) throws IOException {
        int[] cidToGid = null;
        if (cidToGidMap instanceof COSStream map) {
            cidToGid = cidToGid(map);
        } else if (cidToGidMap != null && !COSName.IDENTITY.equals(cidToGidMap)) {
            return null;
        }
        try (InputStream in = FontProgramBytes.open(program)) {
            return read(in, cidToGid);
        } catch (java.util.zip.ZipException | java.io.EOFException damaged) {
            try (InputStream in = program.createInputStream()) {
                return read(in, cidToGid); // PDFBox's own decoding, which tolerates more damage
            }
        }
    }

    private static GlyphAdvances read(InputStream in, int[] cidToGid) throws IOException {
        ByteBuffer start = ByteBuffer.wrap(in.readNBytes(12));
        if (start.limit() < 12) {
            return null;
        }
        int version = start.getInt(0);
        if (version != TRUETYPE && version != tag("true") && version != OTTO) {
            return null; // a collection or damage: left to PDFBox
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
        boolean cff = false;
        boolean cff2 = false;
        for (int t = 0; t < tables; t++) {
            int tag = directory.getInt(16 * t);
            cff |= tag == CFF;
            cff2 |= tag == CFF2;
            for (int w = 0; w < wanted.length; w++) {
                if (tag == wanted[w]) {
                    offsets[w] = directory.getInt(16 * t + 8) & 0xFFFFFFFFL;
                    lengths[w] = directory.getInt(16 * t + 12) & 0xFFFFFFFFL;
                    end = Math.max(end, offsets[w] + lengths[w]);
                }
            }
        }
        if (version == OTTO ? !cff || cff2 : cff || cff2) {
            return null; // CFF2 outlines, or outlines that do not match the version: left to PDFBox
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
        return new GlyphAdvances(advances, glyphs, unitsPerEm, cidToGid, version == OTTO);
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
        } else if (postScript) {
            gid = cid;
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
