package dev.shortlist.query.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A {@link JwtDecoder} that remembers the tokens its delegate accepted. A client sends the same
 * bearer token with every request, and checking its RSA signature and parsing its claims is a large
 * share of the query service's CPU per ranking request (see docs/query.md). Only tokens that passed every validator
 * are kept, keyed by their exact text, and a kept token is answered only before its {@code exp}
 * (stricter than the delegate, which allows clock skew) and for at most {@code timeToLive}, which
 * bounds how long a token signed by a since-rotated key keeps working.
 */
final class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder delegate;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokenCache(JwtDecoder delegate, int maximumSize, Duration timeToLive, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfterWrite(timeToLive)
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt jwt = verified.getIfPresent(token);
        if (jwt != null && unexpired(jwt)) {
            return jwt;
        }
        // Throws for an invalid token, which is therefore never kept.
        Jwt accepted = delegate.decode(token);
        if (unexpired(accepted)) {
            verified.put(token, accepted);
        }
        return accepted;
    }

    private boolean unexpired(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        return expiresAt != null && clock.instant().isBefore(expiresAt);
    }
}
