package dev.shortlist.query.projection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes projection documents in one bulk request with external versions and classifies every
 * item: written, stale (409: a newer or equal version is stored, which is success for an idempotent
 * projection), rejected (the document itself is wrong: dead-letter it) or retryable (the cluster
 * could not take it now: retry the whole batch).
 */
public final class BulkWriter {

    /** What happened to one write. */
    public enum Outcome {
        WRITTEN,
        STALE,
        REJECTED,
        RETRYABLE
    }

    /** Outcome of one operation, in request order; {@code reason} is set unless written or stale. */
    public record Result(IndexOp op, Outcome outcome, int status, String reason) {}

    private final ElasticsearchClient client;
    private final Function<Projection, String> target;
    private final boolean targetIsAlias;
    private final Refresh refresh;

    /**
     * @param target        index (or alias) written for each projection
     * @param targetIsAlias writes require the target to be an alias, so a missing alias fails instead
     *                      of auto-creating an index without the template's mappings
     * @param waitForRefresh return only once the writes are visible to searches
     */
    public BulkWriter(
            ElasticsearchClient client,
            Function<Projection, String> target,
            boolean targetIsAlias,
            boolean waitForRefresh) {
        this.client = client;
        this.target = target;
        this.targetIsAlias = targetIsAlias;
        this.refresh = waitForRefresh ? Refresh.WaitFor : Refresh.False;
    }

    /** Writes through the aliases, as the live projector does. */
    public static BulkWriter toAliases(ElasticsearchClient client, boolean waitForRefresh) {
        return new BulkWriter(client, Projection::alias, true, waitForRefresh);
    }

    /** Writes into the concrete indices of one version, as a rebuild does. */
    public static BulkWriter toVersion(ElasticsearchClient client, int version, boolean waitForRefresh) {
        return new BulkWriter(client, projection -> projection.index(version), false, waitForRefresh);
    }

    /**
     * Sends the operations. Connection failures and whole-request errors propagate as exceptions
     * (the caller retries the batch); per-item failures come back classified.
     */
    public List<Result> write(List<IndexOp> ops) throws IOException {
        if (ops.isEmpty()) {
            return List.of();
        }
        BulkRequest.Builder request = new BulkRequest.Builder().refresh(refresh).requireAlias(targetIsAlias);
        for (IndexOp op : ops) {
            request.operations(o -> o.index(i -> i.index(target.apply(op.projection()))
                    .id(op.id())
                    .version(op.version())
                    .versionType(VersionType.External)
                    .document(op.document())));
        }
        BulkResponse response = client.bulk(request.build());
        List<Result> results = new ArrayList<>(ops.size());
        for (int i = 0; i < ops.size(); i++) {
            results.add(classify(ops.get(i), response.items().get(i)));
        }
        return results;
    }

    static Result classify(IndexOp op, BulkResponseItem item) {
        int status = item.status();
        if (item.error() == null && status < 300) {
            return new Result(op, Outcome.WRITTEN, status, null);
        }
        String type = item.error() == null ? null : item.error().type();
        String reason = item.error() == null
                ? "HTTP " + status
                : type + ": " + item.error().reason();
        return new Result(op, outcome(status, type), status, reason);
    }

    /** Failures of the index rather than of the document: they pass once the cluster recovers. */
    static final Set<String> TRANSIENT_ERRORS = Set.of(
            "index_closed_exception",
            "cluster_block_exception",
            "es_rejected_execution_exception",
            "unavailable_shards_exception",
            "index_not_found_exception",
            "no_shard_available_action_exception",
            "circuit_breaking_exception");

    /**
     * 409 = version conflict (already applied); a transient cluster condition or a 404/408/429/5xx
     * = retry; any other 4xx = the document itself is at fault.
     */
    static Outcome outcome(int status, String errorType) {
        if (status < 300) {
            return Outcome.WRITTEN;
        }
        if (status == 409) {
            return Outcome.STALE;
        }
        if (errorType != null && TRANSIENT_ERRORS.contains(errorType)) {
            return Outcome.RETRYABLE;
        }
        if (status >= 400 && status < 500 && status != 404 && status != 408 && status != 429) {
            return Outcome.REJECTED;
        }
        return Outcome.RETRYABLE;
    }
}
