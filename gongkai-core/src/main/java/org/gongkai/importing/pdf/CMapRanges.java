package org.gongkai.importing.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.gongkai.importing.ReadBudget;

/**
 * The code ranges a font's CMaps declare (its ToUnicode map, an embedded encoding), counted before
 * PDFBox parses them: PDFBox makes one mapping per code of a range in a single step that no time
 * check can interrupt, so a range of a few bytes ({@code <00000000> <FFFFFFFF>}) would hold the
 * reader for hours. A map declaring more codes than {@link #MAX_CODES} refuses the file.
 */
final class CMapRanges {

    /** Every code of two bytes, sixteen times over: more than any real font maps. */
    static final long MAX_CODES = 16L * 65536;

    private static final Pattern NOT_HEX = Pattern.compile("[^0-9A-Fa-f]");

    private final ReadBudget budget;
    private final Set<COSBase> checked = Collections.newSetFromMap(new IdentityHashMap<>());

    CMapRanges(ReadBudget budget) {
        this.budget = budget;
    }

    /** Checks the maps of a font dictionary (and of its descendant) once per document. */
    void check(COSDictionary font) throws IOException {
        if (!checked.add(font)) {
            return;
        }
        checkMap(font.getDictionaryObject(COSName.TO_UNICODE));
        checkMap(font.getDictionaryObject(COSName.ENCODING));
        if (font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants) {
            for (int i = 0; i < descendants.size(); i++) {
                if (descendants.getObject(i) instanceof COSDictionary d) {
                    check(d);
                }
            }
        }
    }

    private void checkMap(COSBase map) throws IOException {
        if (!(map instanceof COSStream stream) || !checked.add(stream)) {
            return;
        }
        byte[] text;
        try (InputStream in = stream.createInputStream()) {
            text = in.readAllBytes();
        }
        long codes = codes(new String(text, StandardCharsets.ISO_8859_1));
        if (codes > MAX_CODES) {
            throw budget.refuse("PDF 字体的字符映射声明的编码超过 " + MAX_CODES + " 个的上限 / a font's character map in the PDF declares"
                    + " more codes than the limit of " + MAX_CODES);
        }
    }

    /**
     * The codes the ranges of a CMap's text cover, each {@code <lo> <hi>} of a range block counting
     * hi − lo + 1; counting stops once past {@link #MAX_CODES}.
     */
    static long codes(String cmap) {
        long total = 0;
        int at = 0;
        while (true) {
            int begin = nextRangeBlock(cmap, at);
            if (begin < 0) {
                return total;
            }
            int end = cmap.indexOf("end", begin);
            String block = cmap.substring(begin, end < 0 ? cmap.length() : end);
            total = Math.addExact(total, rangesIn(block));
            if (total > MAX_CODES || end < 0) {
                return total;
            }
            at = end + 3;
        }
    }

    private static int nextRangeBlock(String cmap, int from) {
        int best = -1;
        for (String keyword : new String[] {"beginbfrange", "begincidrange", "beginnotdefrange"}) {
            int i = cmap.indexOf(keyword, from);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i + keyword.length();
            }
        }
        return best;
    }

    /** The codes of one block: its entries start with two hex strings, then a value, a hex string or an array. */
    private static long rangesIn(String block) {
        long total = 0;
        int at = 0;
        while (true) {
            int lo = block.indexOf('<', at);
            if (lo < 0) {
                return total;
            }
            int loEnd = block.indexOf('>', lo);
            int hi = loEnd < 0 ? -1 : block.indexOf('<', loEnd);
            int hiEnd = hi < 0 ? -1 : block.indexOf('>', hi);
            if (hiEnd < 0) {
                return total;
            }
            BigInteger low = hex(block.substring(lo + 1, loEnd));
            BigInteger high = hex(block.substring(hi + 1, hiEnd));
            BigInteger count = high.subtract(low).add(BigInteger.ONE);
            if (count.signum() > 0) {
                total += count.min(BigInteger.valueOf(MAX_CODES + 1)).longValueExact();
                if (total > MAX_CODES) {
                    return total;
                }
            }
            at = skipValue(block, hiEnd + 1);
        }
    }

    /** After the value of an entry: a hex string, an array of them, or a number. */
    private static int skipValue(String block, int from) {
        int i = from;
        while (i < block.length() && Character.isWhitespace(block.charAt(i))) {
            i++;
        }
        if (i >= block.length()) {
            return i;
        }
        char c = block.charAt(i);
        if (c == '<') {
            int end = block.indexOf('>', i);
            return end < 0 ? block.length() : end + 1;
        }
        if (c == '[') {
            int end = block.indexOf(']', i);
            return end < 0 ? block.length() : end + 1;
        }
        while (i < block.length() && !Character.isWhitespace(block.charAt(i)) && block.charAt(i) != '<') {
            i++;
        }
        return i;
    }

    private static BigInteger hex(String digits) {
        String d = NOT_HEX.matcher(digits).replaceAll("");
        return d.isEmpty() ? BigInteger.ZERO : new BigInteger(d, 16);
    }
}
