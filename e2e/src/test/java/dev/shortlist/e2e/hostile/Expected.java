package dev.shortlist.e2e.hostile;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a user must see for one file (or one archive entry) of the hostile corpus: refused at upload
 * with one of a few reason codes, accepted and then failed with one of a few parse failure reasons,
 * or parsed and scored. Where the design leaves a choice the set names each acceptable answer; an
 * empty expectation is impossible, so "anything goes" cannot be written.
 *
 * @param rejections upload reason codes ({@code rejected[].reason} of a batch, {@code reason} of a problem)
 * @param failures   {@code ResumeParseFailed} reasons
 * @param scorable   whether being parsed and scored is the (or an) expected outcome
 * @param mustNotLeak text that must not appear in the parsed profile when the file is scored
 */
public record Expected(Set<String> rejections, Set<String> failures, boolean scorable, String mustNotLeak) {

    /** The status of a single-file upload refused for a reason (docs/ingest.md); two where the design may pick either. */
    public static final Map<String, Set<Integer>> UPLOAD_STATUS = Map.of(
            "EMPTY_FILE", Set.of(422),
            "FILE_TOO_LARGE", Set.of(413),
            "UNSUPPORTED_MEDIA_TYPE", Set.of(415),
            "EXECUTABLE", Set.of(415),
            "ACTIVE_CONTENT", Set.of(415, 422));

    public Expected {
        rejections = Set.copyOf(rejections);
        failures = Set.copyOf(failures);
        if (rejections.isEmpty() && failures.isEmpty() && !scorable) {
            throw new IllegalArgumentException("An expectation must allow at least one outcome");
        }
    }

    public static Expected rejected(String... reasons) {
        return new Expected(Set.of(reasons), Set.of(), false, null);
    }

    public static Expected failed(String... reasons) {
        return new Expected(Set.of(), Set.of(reasons), false, null);
    }

    public static Expected scored() {
        return new Expected(Set.of(), Set.of(), true, null);
    }

    public Expected orRejected(String... reasons) {
        Set<String> all = new TreeSet<>(rejections);
        all.addAll(Set.of(reasons));
        return new Expected(all, failures, scorable, mustNotLeak);
    }

    public Expected orFailed(String... reasons) {
        Set<String> all = new TreeSet<>(failures);
        all.addAll(Set.of(reasons));
        return new Expected(rejections, all, scorable, mustNotLeak);
    }

    /** Also acceptable: parsed and scored, as long as the profile does not contain {@code leak}. */
    public Expected orScoredWithout(String leak) {
        return new Expected(rejections, failures, true, leak);
    }

    /** Only a refusal at upload is acceptable (the file never becomes a resume). */
    public boolean rejectedOnly() {
        return failures.isEmpty() && !scorable;
    }

    public boolean allows(Outcome outcome) {
        if (outcome instanceof Outcome.Rejected r) {
            return rejections.contains(r.reason());
        }
        if (outcome instanceof Outcome.Failed f) {
            return failures.contains(f.reason());
        }
        if (outcome instanceof Outcome.Scored s) {
            return scorable && (mustNotLeak == null || !s.profile().contains(mustNotLeak));
        }
        return false;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (!rejections.isEmpty()) {
            text.append("rejected ").append(new TreeSet<>(rejections));
        }
        if (!failures.isEmpty()) {
            text.append(text.isEmpty() ? "" : " or ").append("failed ").append(new TreeSet<>(failures));
        }
        if (scorable) {
            text.append(text.isEmpty() ? "" : " or ").append("scored");
            if (mustNotLeak != null) {
                text.append(" without '").append(mustNotLeak).append('\'');
            }
        }
        return text.toString();
    }
}
