package org.gongkai.importing.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.gongkai.importing.ReadBudget;

/**
 * Checks a workbook's zip container against the file's {@link org.gongkai.importing.ReadLimits}
 * before the workbook reader opens it: the number of parts, and each part inflated once (counted,
 * not kept) against the limit of one part, of the whole file, and of the ratio of its decompressed
 * to its compressed size. The sizes the zip declares are not trusted, the bytes are counted. It
 * reads the container with the same library as the workbook reader (Commons Compress), so both see
 * the same parts.
 */
final class WorkbookArchive {

    /** Parts smaller than this may inflate at any ratio: an empty sheet's XML compresses very well. */
    private static final long RATIO_GRACE_BYTES = 1L << 20;

    private WorkbookArchive() {}

    /** Refuses the file if its container is over a limit; damaged containers are left to the reader. */
    static void check(Path file, ReadBudget budget) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            int entries = 0;
            byte[] buffer = new byte[64 * 1024];
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements();) {
                ZipArchiveEntry entry = e.nextElement();
                if (++entries > budget.limits().maxEntries()) {
                    throw budget.refuse("工作簿的部件超过 " + budget.limits().maxEntries() + " 个 / the workbook has more than "
                            + budget.limits().maxEntries() + " parts");
                }
                inflate(zip, entry, buffer, budget);
            }
        }
    }

    private static void inflate(ZipFile zip, ZipArchiveEntry entry, byte[] buffer, ReadBudget budget) throws IOException {
        ReadBudget.Part part = new ReadBudget.Part("工作簿部件 " + entry.getName(), "the workbook part " + entry.getName());
        long total = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                budget.countDecompressed(part, total, n);
                if (total > RATIO_GRACE_BYTES && total / compressedSoFar(in, entry) > budget.limits().maxInflateRatio()) {
                    throw budget.refuse(part.chinese() + "的压缩比超过 " + budget.limits().maxInflateRatio() + " 倍 / "
                            + part.english() + " inflates more than " + budget.limits().maxInflateRatio()
                            + " times its compressed size");
                }
                budget.checkTime();
            }
        }
    }

    /** The compressed bytes read so far: counted by the stream where it can, else the size the zip declares. */
    private static long compressedSoFar(InputStream in, ZipArchiveEntry entry) {
        long count = in instanceof InputStreamStatistics s ? s.getCompressedCount() : entry.getCompressedSize();
        return Math.max(1, count);
    }
}
