package org.gongkai.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private static RateLimits at(String instant) {
        return new RateLimits(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void aKeyOverItsLimitWaitsForTheEndOfTheMinute() {
        RateLimits limits = at("2026-12-01T10:00:45.500Z");
        assertThat(limits.take("validate address:10.0.0.1", 2)).isEmpty();
        assertThat(limits.take("validate address:10.0.0.1", 2)).isEmpty();
        assertThat(limits.take("validate address:10.0.0.1", 2)).isEqualTo(OptionalLong.of(15));
        assertThat(limits.take("validate address:10.0.0.2", 2)).as("another key counts apart").isEmpty();
        assertThat(limits.take("validate address:10.0.0.1", 0)).as("0 is no limit").isEmpty();
    }

    @Test
    void aNewMinuteStartsAFreshCount() {
        RateLimits first = at("2026-12-01T10:00:59.900Z");
        assertThat(first.take("k", 1)).isEmpty();
        assertThat(first.take("k", 1)).isEqualTo(OptionalLong.of(1));
        RateLimits shared = new RateLimits(new Clock() {
            private int calls;

            @Override
            public Instant instant() {
                return Instant.parse(calls++ < 2 ? "2026-12-01T10:00:59.900Z" : "2026-12-01T10:01:00.100Z");
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        });
        assertThat(shared.take("k", 1)).isEmpty();
        assertThat(shared.take("k", 1)).isPresent();
        assertThat(shared.take("k", 1)).as("the next minute").isEmpty();
    }
}
