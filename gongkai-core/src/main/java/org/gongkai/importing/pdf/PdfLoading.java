package org.gongkai.importing.pdf;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.gongkai.importing.InputProblem;
import org.gongkai.importing.ReadBudget;
import org.gongkai.importing.ReadLimits;
import org.gongkai.importing.UnusableInputException;

/**
 * Opens a PDF within {@link ReadLimits}: before the PDF reader sees the file, every compressed
 * stream is inflated once without keeping its bytes, so that a flate bomb is refused by its size
 * instead of filling the memory; the reader's own buffers are bounded; the page tree's claimed
 * count and its real count are checked before a page is read; reading the text spends the file's
 * time and character budget. A file over a limit, damaged, encrypted or no PDF at all is one
 * {@link InputProblem} naming the file.
 */
final class PdfLoading {

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final int DICTIONARY_LOOKBACK = 4096;
    private static final int TIME_CHECK_BYTES = 1 << 20;

    private PdfLoading() {}

    /** The lines of every page, read within the limits. */
    static List<PdfLine> lines(Path file, ReadLimits limits) {
        if (!Files.isRegularFile(file)) {
            throw unusable(file, "文件不存在 / no such file");
        }
        ReadBudget budget = limits.start(file);
        try {
            checkCompressedStreams(file, budget);
            try (PDDocument document = Loader.loadPDF(file.toFile(),
                    MemoryUsageSetting.setupMainMemoryOnly(limits.maxMemoryBytes()).streamCache)) {
                checkPages(document, budget);
                TextOnlyFonts.use(document);
                return PdfWords.lines(document, budget);
            }
        } catch (UnusableInputException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw unusable(file, "PDF 已加密，无法读取 / the PDF is encrypted and cannot be read");
        } catch (IOException | RuntimeException e) {
            throw unusable(file, "无法读取 PDF：文件已损坏或不是 PDF / cannot read the PDF: damaged or not a PDF"
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        }
    }

    /**
     * The page count the tree claims (its root's /Count, which the reader trusts to size its work)
     * and the pages it really holds, both within {@link ReadLimits#maxPages()}.
     */
    static void checkPages(PDDocument document, ReadBudget budget) {
        int max = budget.limits().maxPages();
        int claimed = document.getNumberOfPages();
        if (claimed > max || claimed < 0) {
            throw budget.refuse("PDF 的页面树声称有 " + claimed + " 页，超过 " + max + " 页的上限 / the PDF's page tree claims "
                    + claimed + " pages, more than the limit of " + max);
        }
        int real = 0;
        for (Iterator<PDPage> pages = document.getPages().iterator(); pages.hasNext(); pages.next()) {
            real++;
            if (real > max) {
                throw budget.refuse("PDF 超过 " + max + " 页的上限 / the PDF has more pages than the limit of " + max);
            }
            budget.checkTime();
        }
    }

    /**
     * Inflates every stream of the file that starts as zlib data (FlateDecode, whatever its
     * dictionary says), counting and dropping the bytes: the reader would otherwise decompress a
     * stream whole into memory, including the cross-reference and object streams it reads while
     * opening the file. Images count against the limit of one stream only, as text is read
     * without decoding them.
     */
    static void checkCompressedStreams(Path file, ReadBudget budget) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() > Integer.MAX_VALUE) {
                throw budget.refuse("PDF 超过 2 GB / the PDF is larger than 2 GB");
            }
            MappedByteBuffer bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            byte[] out = new byte[64 * 1024];
            Inflater inflater = new Inflater();
            try {
                int from = 0;
                for (int at = indexOf(bytes, STREAM, from); at >= 0; at = indexOf(bytes, STREAM, from)) {
                    int start = dataStart(bytes, at + STREAM.length);
                    from = start;
                    if (isEndstream(bytes, at) || start >= bytes.limit()) {
                        continue;
                    }
                    boolean image = dictionary(bytes, at).contains("/Image");
                    inflater.reset();
                    inflater.setInput(bytes.slice(start, bytes.limit() - start));
                    ReadBudget.Part part = new ReadBudget.Part("第 " + start + " 字节处的数据流",
                            "the stream at byte " + start);
                    long total = 0;
                    long sinceCheck = 0;
                    try {
                        while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
                            int n = inflater.inflate(out);
                            if (n == 0) {
                                break;
                            }
                            total += n;
                            sinceCheck += n;
                            if (image) {
                                budget.checkPart(part, total);
                            } else {
                                budget.countDecompressed(part, total, n);
                            }
                            if (sinceCheck >= TIME_CHECK_BYTES) {
                                budget.checkTime();
                                sinceCheck = 0;
                            }
                        }
                    } catch (DataFormatException notZlib) {
                        // not compressed with zlib: its filter, if any, is not one that can inflate it far
                    }
                    from = (int) Math.min(bytes.limit(), start + Math.max(0, inflater.getBytesRead()));
                }
            } finally {
                inflater.end();
            }
        }
    }

    /** The first byte of a stream's data: after the keyword and its end of line. */
    private static int dataStart(MappedByteBuffer bytes, int afterKeyword) {
        int i = afterKeyword;
        if (i < bytes.limit() && bytes.get(i) == '\r') {
            i++;
        }
        if (i < bytes.limit() && bytes.get(i) == '\n') {
            i++;
        }
        return i;
    }

    private static boolean isEndstream(MappedByteBuffer bytes, int at) {
        return at >= 3 && bytes.get(at - 3) == 'e' && bytes.get(at - 2) == 'n' && bytes.get(at - 1) == 'd';
    }

    /** The text before a stream keyword, back to its object's start: the stream's dictionary. */
    private static String dictionary(MappedByteBuffer bytes, int at) {
        int from = Math.max(0, at - DICTIONARY_LOOKBACK);
        byte[] text = new byte[at - from];
        bytes.get(from, text);
        String s = new String(text, StandardCharsets.ISO_8859_1);
        int obj = s.lastIndexOf(" obj");
        return obj >= 0 ? s.substring(obj) : s;
    }

    private static int indexOf(MappedByteBuffer bytes, byte[] word, int from) {
        int last = bytes.limit() - word.length;
        for (int i = Math.max(0, from); i <= last; i++) {
            if (bytes.get(i) == word[0]) {
                int k = 1;
                while (k < word.length && bytes.get(i + k) == word[k]) {
                    k++;
                }
                if (k == word.length) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static UnusableInputException unusable(Path file, String message) {
        return UnusableInputException.of(new InputProblem(file.toString(), 0, 0, null, message));
    }
}
