package dev.shortlist.screening.scoring;

import dev.shortlist.screening.candidate.CandidateProfile;
import dev.shortlist.screening.embedding.ResumeEmbeddings;
import dev.shortlist.screening.embedding.SemanticIndexer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixed, varied population of short candidate sketches (headline and summary, one occupation
 * each) shipped with the scorer. {@link ResumeScorer} scores them against a job to learn the job's
 * background level: how much its title and text resemble candidates in general. A generic job
 * ("Customer Service Representatives") resembles everyone a little, a specific one ("Airline
 * Pilots") almost no one; subtracting that level makes scores of different jobs comparable, so
 * a candidate's best-matching job is the one that fits them, not the vaguest one.
 *
 * @param version  changes whenever the sketches change; part of the scorer's behaviour
 * @param members  the sketches as blind profiles with their embeddings
 */
public record ReferencePopulation(String version, List<Member> members) {

    static final String RESOURCE = "reference-profiles-v1.tsv";

    public ReferencePopulation {
        members = List.copyOf(members);
    }

    /** One sketch. */
    public record Member(CandidateProfile profile, ResumeEmbeddings embeddings) {}

    /** The shipped sketches, embedded with the given indexer (about 100 short texts, once at startup). */
    public static ReferencePopulation embedded(SemanticIndexer indexer) {
        List<Member> members = new ArrayList<>();
        for (CandidateProfile profile : sketches()) {
            members.add(new Member(profile, indexer.embed(profile)));
        }
        return new ReferencePopulation("reference-v1", members);
    }

    static List<CandidateProfile> sketches() {
        List<CandidateProfile> sketches = new ArrayList<>();
        try (InputStream in = ReferencePopulation.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 2) {
                    throw new IllegalStateException("Malformed line in " + RESOURCE + ": " + line);
                }
                sketches.add(CandidateProfile.builder()
                        .headline(columns[0])
                        .summary(columns[1])
                        .build());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sketches;
    }
}
