package dev.shortlist.query.projection;

/** Why a parse or a screening failed: the failure reason's name and a human detail. */
public record Failure(String failureReason, String failureDetail) {

    /** No failure: both fields absent from the document. */
    public static final Failure NONE = new Failure(null, null);
}
