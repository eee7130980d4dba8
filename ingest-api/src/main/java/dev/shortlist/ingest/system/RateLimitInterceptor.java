package dev.shortlist.ingest.system;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A token bucket per organization over write requests: a burst of {@code capacity}, refilled at
 * {@code requestsPerSecond}. Over the budget → 429 with {@code Retry-After}. Per instance: with N
 * instances an organization gets N times the budget.
 */
final class RateLimitInterceptor implements HandlerInterceptor {

    private final IngestProperties.RateLimit limit;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimitInterceptor(IngestProperties.RateLimit limit) {
        this.limit = limit;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!limit.enabled()
                || "GET".equals(request.getMethod())
                || !(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            return true;
        }
        String organization = token.getToken().getClaimAsString(SecurityConfiguration.ORGANIZATION_CLAIM);
        ConsumptionProbe probe =
                buckets.computeIfAbsent(organization, org -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return true;
        }
        long retryAfter =
                Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
        throw new ApiException(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "rate-limited",
                        "Too many requests",
                        "Your organization exceeded its budget of " + limit.refill() + " write requests per "
                                + limit.period() + " (bursts up to " + limit.capacity() + ").")
                .retryAfter(retryAfter);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.capacity())
                        .refillGreedy(limit.refill(), limit.period())
                        .build())
                .build();
    }
}
