package dev.shortlist.ingest.resume;

import dev.shortlist.schemas.resume.ResumeUploaded;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which resume holds a given content in an organization: (organizationId, SHA-256) → resumeId.
 * Like the job registry it is derived state: rebuilt by replaying the resumes topic at startup,
 * kept current by following it, and claimed directly by this instance's uploads (a claim is
 * released again when the upload's events could not be written).
 */
public final class ResumeIndex {

    private final ConcurrentHashMap<String, String> resumes = new ConcurrentHashMap<>();
    private volatile boolean caughtUp;

    public void apply(ResumeUploaded event) {
        resumes.putIfAbsent(key(event.getMetadata().getOrganizationId(), event.getSha256()), event.getResumeId());
    }

    /**
     * Claims the content for a new resume id.
     *
     * @return {@code null} when the claim succeeded, else the id of the resume already holding it
     */
    public String claim(String organizationId, String sha256, String resumeId) {
        return resumes.putIfAbsent(key(organizationId, sha256), resumeId);
    }

    /** Undoes a claim whose events were not written. */
    public void release(String organizationId, String sha256, String resumeId) {
        resumes.remove(key(organizationId, sha256), resumeId);
    }

    public void markCaughtUp() {
        caughtUp = true;
    }

    public boolean isCaughtUp() {
        return caughtUp;
    }

    public int size() {
        return resumes.size();
    }

    private static String key(String organizationId, String sha256) {
        return organizationId + '/' + sha256;
    }
}
