package org.gongkai.importing;

import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * The {@link ReadLimits} of one file being read: its time, characters and decompressed bytes
 * spent so far. Going over a limit is an {@link UnusableInputException} naming the file and the
 * limit, never an out-of-memory error or a read that does not end.
 */
public final class ReadBudget {

    private final ReadLimits limits;
    private final Path file;
    private final LongSupplier nanoTime;
    private final long deadline;
    private long characters;
    private long decompressed;

    ReadBudget(ReadLimits limits, Path file, LongSupplier nanoTime) {
        this.limits = limits;
        this.file = file;
        this.nanoTime = nanoTime;
        this.deadline = nanoTime.getAsLong() + limits.timeBudget().toNanos();
    }

    public ReadLimits limits() {
        return limits;
    }

    public Path file() {
        return file;
    }

    /** Refuses the file once its time is spent. */
    public void checkTime() {
        if (nanoTime.getAsLong() - deadline > 0) {
            throw refuse("读取超过时限 " + limits.timeBudget().toSeconds() + " 秒 / reading took longer than the limit of "
                    + limits.timeBudget().toSeconds() + " s");
        }
    }

    /** Counts characters of a text layer; refuses the file beyond {@link ReadLimits#maxCharacters()}. */
    public void countCharacters(long count) {
        characters += count;
        if (characters > limits.maxCharacters()) {
            throw refuse("文本超过 " + limits.maxCharacters() + " 个字符的上限 / the text is longer than the limit of "
                    + limits.maxCharacters() + " characters");
        }
    }

    /**
     * Counts bytes decompressed from one stream or part ({@code soFar} of it, {@code added} of them
     * new); refuses the file when the part or the file as a whole inflates beyond its limit.
     */
    public void countDecompressed(Part part, long soFar, long added) {
        checkPart(part, soFar);
        decompressed += added;
        if (decompressed > limits.maxDecompressedBytes()) {
            throw refuse("文件解压后超过 " + megabytes(limits.maxDecompressedBytes())
                    + " MB 的上限 / the file is larger than the limit of "
                    + megabytes(limits.maxDecompressedBytes()) + " MB once decompressed");
        }
    }

    /**
     * Refuses the file when one stream or part ({@code soFar} bytes of it decompressed) is beyond
     * {@link ReadLimits#maxStreamBytes()}, without counting it in the file's total (an image, which
     * a text reader never decodes).
     */
    public void checkPart(Part part, long soFar) {
        if (soFar > limits.maxStreamBytes()) {
            throw refuse(part.chinese() + "解压后超过 " + megabytes(limits.maxStreamBytes()) + " MB 的上限 / "
                    + part.english() + " is larger than the limit of " + megabytes(limits.maxStreamBytes()) + " MB once decompressed");
        }
    }

    /** The file refused for the reason given (Chinese / English). */
    public UnusableInputException refuse(String message) {
        return UnusableInputException.of(new InputProblem(file.toString(), 0, 0, null, message));
    }

    /** A stream or part of a file, named in both languages: 第 1234 字节处的数据流 / the stream at byte 1234. */
    public record Part(String chinese, String english) {}

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
