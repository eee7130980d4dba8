package dev.shortlist.query.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokenCacheTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    final AtomicInteger verifications = new AtomicInteger();
    /** Accepts "good" tokens that expire ten minutes after NOW, refuses every other token. */
    final JwtDecoder delegate = token -> {
        verifications.incrementAndGet();
        if (!token.startsWith("good")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .claim("org_id", "org-1")
                .issuedAt(NOW)
                .expiresAt(NOW.plus(Duration.ofMinutes(10)))
                .build();
    };

    @Test
    void aRepeatedTokenIsVerifiedOnce() {
        VerifiedTokenCache cache = new VerifiedTokenCache(delegate, 100, Duration.ofMinutes(5), at(NOW));

        Jwt first = cache.decode("good-1");
        Jwt second = cache.decode("good-1");

        assertThat(second).isSameAs(first);
        assertThat(verifications).hasValue(1);
        cache.decode("good-2");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRefusedTokenIsRefusedEveryTime() {
        VerifiedTokenCache cache = new VerifiedTokenCache(delegate, 100, Duration.ofMinutes(5), at(NOW));

        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aKeptTokenIsVerifiedAgainOnceItHasExpired() {
        MutableClock clock = new MutableClock(NOW);
        VerifiedTokenCache cache = new VerifiedTokenCache(delegate, 100, Duration.ofHours(1), clock);
        cache.decode("good-1");

        clock.now = NOW.plus(Duration.ofMinutes(10));
        cache.decode("good-1");

        assertThat(verifications).hasValue(2);
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
