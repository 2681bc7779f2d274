package org.gongkai.importing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * What one file may cost a reader, checked while it is read so that a hostile file (a page tree
 * claiming two billion pages, a compressed stream or workbook that inflates to gigabytes) is refused
 * within seconds with one clear problem, by the command line and the server alike.
 *
 * @param maxPages             pages of a PDF, as its page tree claims them and as they really are
 * @param maxStreamBytes       one stream of a PDF or one part of a workbook, once decompressed
 * @param maxDecompressedBytes everything of one file that a reader decompresses, added up
 * @param maxInflateRatio      decompressed size over compressed size of one workbook part (beyond 1 MB)
 * @param maxEntries           parts of a workbook (zip entries)
 * @param maxCharacters        characters of a PDF's text layer
 * @param maxCells             filled cells of a workbook
 * @param maxMemoryBytes       memory the PDF reader may use for its buffers
 * @param timeBudget           processor time the reading thread may spend on one file: processor
 *                             time, not wall time, so that a busy machine (a batch audit on every
 *                             core, other processes) does not refuse a sound file, while a hostile
 *                             one, which costs processor time, is still refused
 */
public record ReadLimits(int maxPages, long maxStreamBytes, long maxDecompressedBytes, int maxInflateRatio,
        int maxEntries, long maxCharacters, int maxCells, long maxMemoryBytes, Duration timeBudget) {

    private static final long MB = 1024L * 1024L;

    public ReadLimits {
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (maxPages < 1 || maxStreamBytes < 1 || maxDecompressedBytes < 1 || maxInflateRatio < 1 || maxEntries < 1
                || maxCharacters < 1 || maxCells < 1 || maxMemoryBytes < 1 || timeBudget.isNegative()) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }

    /**
     * Far above any published budget (a few dozen pages, a few hundred thousand characters, a few
     * thousand cells; a fully embedded CJK font is under 20 MB) and far below what hurts a server.
     */
    public static ReadLimits standard() {
        return new ReadLimits(2_000, 64 * MB, 256 * MB, 200, 1_000, 5_000_000, 1_000_000, 256 * MB,
                Duration.ofSeconds(20));
    }

    /** Starts the budget of one file now, on the processor time of the calling thread, which reads it. */
    public ReadBudget start(Path file) {
        return start(file, threadClock());
    }

    /** The calling thread's processor time where the JVM measures it, wall time otherwise. */
    private static LongSupplier threadClock() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled()) {
            return threads::getCurrentThreadCpuTime;
        }
        return System::nanoTime;
    }

    /** Starts the budget of one file at the time the given clock (nanoseconds, monotonic) reads. */
    public ReadBudget start(Path file, LongSupplier nanoTime) {
        return new ReadBudget(this, file, nanoTime);
    }
}
