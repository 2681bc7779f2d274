package org.gongkai.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The fuzzer's bytes read as a sequence of choices. The same bytes always give the same choices, so
 * a crashing input kept in the test resources replays exactly; once the bytes run out every choice
 * is its smallest value.
 */
final class FuzzBytes {

    private final byte[] data;
    private int at;

    FuzzBytes(byte[] data) {
        this.data = data;
    }

    boolean hasMore() {
        return at < data.length;
    }

    /** A number from 0 to {@code bound - 1}. */
    int below(int bound) {
        if (bound <= 1) {
            return 0;
        }
        int value = 0;
        for (int i = 0; i < 4 && hasMore(); i++) {
            value = (value << 8) | (data[at++] & 0xff);
        }
        return Math.floorMod(value, bound);
    }

    /** A text of up to {@code max} bytes, as UTF-8 (malformed sequences become replacement characters). */
    String text(int max) {
        int length = Math.min(below(max + 1), data.length - at);
        String text = new String(Arrays.copyOfRange(data, at, at + length), StandardCharsets.UTF_8);
        at += length;
        return text;
    }
}
