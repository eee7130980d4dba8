package dev.shortlist.query.system;

/**
 * The caller's organization, from the {@code org_id} claim of its token. Every query is scoped by
 * it; a controller method declares a parameter of this type to receive it.
 */
public record OrganizationId(String value) {

    public static final String CLAIM = "org_id";

    public OrganizationId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("organization id is required");
        }
    }
}
