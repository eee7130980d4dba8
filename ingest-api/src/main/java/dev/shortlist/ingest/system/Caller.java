package dev.shortlist.ingest.system;

/**
 * Who is calling: taken from the verified token, never from the request body.
 *
 * @param organizationId the token's {@code org_id}; every event and lookup is scoped to it
 * @param subject        the token's subject (user or client id), recorded as the event actor
 * @param requestId      the request's id ({@code X-Request-Id} or generated), the correlation id
 */
public record Caller(String organizationId, String subject, String requestId) {}
