package dev.shortlist.streams.scoring;

import dev.shortlist.streams.parsing.ResumeProfile;
import dev.shortlist.streams.parsing.ResumeProfileMapper;

/**
 * The scorer's blind {@link CandidateProfile} straight from the parser's {@link ResumeProfile},
 * through the same Avro record the pipeline publishes, so the evaluation and tests score exactly
 * what the streams processor scores.
 */
public final class CandidateProfiles {

    private CandidateProfiles() {
    }

    public static CandidateProfile from(ResumeProfile parsed) {
        return CandidateProfileMapper.fromAvro(ResumeProfileMapper.toAvro(parsed));
    }
}
