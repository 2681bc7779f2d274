package org.gongkai.server.security;

import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed one-minute windows of requests per key ({@code account:NAME}, {@code address:IP}): a
 * request over the limit of its window is refused until the window ends. Kept in the node's
 * memory, so behind a load balancer each node counts its own share; what is limited is the cost
 * a caller can put on one process (the rules, a PDF rendering, an import), which is the node's.
 */
public final class RateLimits {

    /** Windows are swept of stale keys when there are more than this many. */
    private static final int SWEEP_ABOVE = 10_000;

    private record Window(long minute, int count) {
    }

    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimits(Clock clock) {
        this.clock = clock;
    }

    /**
     * Counts one request of {@code key} against {@code perMinute}; empty if it may go on, else the
     * seconds until the window ends (for Retry-After). A limit of 0 or less means no limit.
     */
    public OptionalLong take(String key, int perMinute) {
        if (perMinute <= 0) {
            return OptionalLong.empty();
        }
        long now = clock.millis();
        long minute = now / 60_000;
        Window w = windows.compute(key, (k, old) -> old == null || old.minute != minute
                ? new Window(minute, 1) : new Window(minute, old.count + 1));
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(old -> old.minute < minute);
        }
        if (w.count <= perMinute) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000));
    }
}
