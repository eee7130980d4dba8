package dev.shortlist.query.system;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import java.util.Objects;

/** Filters every search by the caller's organization and hides erased candidates' documents. */
public final class OrgScope {

    private OrgScope() {}

    public static Query organization(OrganizationId org) {
        return QueryBuilders.term(t -> t.field("organizationId").value(org.value()));
    }

    public static Query notErased() {
        return QueryBuilders.term(t -> t.field("erased").value(true));
    }

    /** Whether a fetched document belongs to the caller's organization (else it is answered as missing). */
    public static boolean owns(OrganizationId org, String documentOrganization) {
        return Objects.equals(org.value(), documentOrganization);
    }
}
