package org.gongkai.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.ToIntFunction;

/**
 * Every cache of the server is made here: Caffeine, bounded by the bytes its values take (as
 * estimated by {@code weight}), so that a few large documents cannot fill the heap and many small ones
 * are not evicted for their number. Only what never changes is cached (published versions and files).
 */
public final class Caches {

    private Caches() {
    }

    /** A cache holding at most about {@code maxBytes} of values. */
    public static <K, V> Cache<K, V> byBytes(long maxBytes, ToIntFunction<V> weight) {
        return Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .<K, V>weigher((key, value) -> Math.max(1, weight.applyAsInt(value)))
                .build();
    }
}
