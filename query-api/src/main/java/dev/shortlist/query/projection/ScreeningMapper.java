package dev.shortlist.query.projection;

import dev.shortlist.schemas.common.EventMetadata;
import dev.shortlist.schemas.common.Evidence;
import dev.shortlist.schemas.screening.MatchedRequirement;
import dev.shortlist.schemas.screening.MissingRequirement;
import dev.shortlist.schemas.screening.RequirementKind;
import dev.shortlist.schemas.screening.ScreeningFailed;
import dev.shortlist.schemas.screening.ScreeningResultEvent;
import dev.shortlist.schemas.screening.ScreeningScored;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The screenings projection (the latest outcome per job × resume) and the score history (one entry
 * per scoring), both from a {@code ScreeningResultEvent}.
 */
final class ScreeningMapper {

    private ScreeningMapper() {}

    static List<IndexOp> map(EventPosition position, ScreeningResultEvent event) {
        EventMetadata meta = event.getMetadata();
        ScreeningKeys keys =
                new ScreeningKeys(event.getJobId(), event.getResumeId(), event.getBatchId(), meta.getOrganizationId());
        ScreeningDocument.Written written =
                new ScreeningDocument.Written(meta.getOccurredAt(), false, meta.getEventId());
        ScreeningDocument document;
        Object payload = event.getPayload();
        if (payload instanceof ScreeningScored scored) {
            document = new ScreeningDocument(
                    event.getScreeningId(),
                    keys,
                    ScreeningDocument.SCORED,
                    result(scored),
                    explanation(scored),
                    new ScreeningDocument.Versions(
                            scored.getJobRevision(),
                            scored.getScorerVersion(),
                            scored.getTaxonomyVersion(),
                            Map.copyOf(scored.getModelVersions())),
                    Failure.NONE,
                    written);
        } else if (payload instanceof ScreeningFailed failed) {
            document = new ScreeningDocument(
                    event.getScreeningId(),
                    keys,
                    ScreeningDocument.FAILED,
                    ScreeningDocument.Result.NONE,
                    ScreeningDocument.Explanation.NONE,
                    ScreeningDocument.Versions.NONE,
                    new Failure(failed.getReason().name(), failed.getDetail()),
                    written);
        } else {
            throw new ProjectionMapper.UnsupportedEventException(
                    "ScreeningResultEvent payload " + event.getPayload().getClass());
        }
        ScoreHistoryDocument history = new ScoreHistoryDocument(
                meta.getEventId(),
                event.getScreeningId(),
                keys,
                document.status(),
                new ScoreHistoryDocument.Outcome(
                        document.result().score(),
                        document.result().band(),
                        document.versions().jobRevision(),
                        document.versions().scorerVersion(),
                        document.versions().taxonomyVersion(),
                        document.failure().failureReason()),
                meta.getOccurredAt(),
                false);
        return List.of(
                new IndexOp(Projection.SCREENINGS, event.getScreeningId(), position.version(), document),
                new IndexOp(Projection.SCREENING_HISTORY, meta.getEventId(), position.version(), history));
    }

    private static ScreeningDocument.Result result(ScreeningScored scored) {
        return new ScreeningDocument.Result(
                scored.getScore(),
                scored.getBand().name(),
                scored.getSubScores().stream()
                        .map(s -> new ScreeningDocument.SubScore(
                                s.getCategory().name(), s.getScore(), s.getWeight(), s.getExplanation()))
                        .toList());
    }

    private static ScreeningDocument.Explanation explanation(ScreeningScored scored) {
        List<ScreeningDocument.Matched> matched = scored.getMatched().stream()
                .map(m -> new ScreeningDocument.Matched(
                        m.getRequirement(),
                        m.getKind().name(),
                        m.getMatchType().name(),
                        m.getMatchedAs(),
                        m.getConfidence(),
                        m.getEvidence().stream().map(ScreeningMapper::span).toList()))
                .toList();
        List<ScreeningDocument.Missing> missing = scored.getMissing().stream()
                .map(m -> new ScreeningDocument.Missing(
                        m.getRequirement(), m.getKind().name(), m.getDetail()))
                .toList();
        // The ranking's text filter searches what the candidate was matched on and the evidence for it.
        String text = scored.getMatched().stream()
                .flatMap(m -> Stream.concat(
                        Stream.of(m.getRequirement(), m.getMatchedAs()),
                        m.getEvidence().stream().map(Evidence::getText)))
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" \n "));
        return new ScreeningDocument.Explanation(
                Facets.distinct(scored.getMatched().stream()
                        .filter(m -> isSkill(m.getKind()))
                        .map(MatchedRequirement::getRequirement)),
                Facets.distinct(scored.getMissing().stream()
                        .filter(m -> isSkill(m.getKind()))
                        .map(MissingRequirement::getRequirement)),
                matched,
                missing,
                List.copyOf(scored.getSuggestions()),
                text);
    }

    private static boolean isSkill(RequirementKind kind) {
        return kind == RequirementKind.REQUIRED_SKILL || kind == RequirementKind.PREFERRED_SKILL;
    }

    private static ScreeningDocument.EvidenceSpan span(Evidence evidence) {
        return new ScreeningDocument.EvidenceSpan(
                evidence.getSection(), evidence.getStart(), evidence.getEnd(), evidence.getText());
    }
}
