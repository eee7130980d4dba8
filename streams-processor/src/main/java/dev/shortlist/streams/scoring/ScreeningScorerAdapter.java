package dev.shortlist.streams.scoring;

import dev.shortlist.schemas.job.JobDefinition;
import dev.shortlist.schemas.resume.ResumeParsed;
import dev.shortlist.schemas.screening.ScreeningScored;

/**
 * What the scoring topology needs from a scorer: one parsed resume against one version of a job, a
 * score with its explanation out. Deterministic for the same inputs; an exception means something
 * unexpected and goes to the processing exception handler.
 */
public interface ScreeningScorerAdapter {

    /**
     * @param jobId       the job
     * @param jobRevision the job's revision, copied into {@code ScreeningScored.jobRevision}
     * @param job         the job's current definition
     * @param resumeId    the resume
     * @param profile     the parsed resume
     */
    ScreeningScored score(String jobId, int jobRevision, JobDefinition job, String resumeId, ResumeParsed profile);
}
