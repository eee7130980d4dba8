package dev.shortlist.e2e.hostile;

/** What actually happened to one file of a batch, as the APIs report it. */
public sealed interface Outcome {

    /** Refused at upload with a reason code. */
    record Rejected(String reason) implements Outcome {}

    /** Accepted, then {@code ResumeParseFailed} with a reason. */
    record Failed(String reason) implements Outcome {}

    /** Parsed and scored; {@code profile} is the resume's projection as JSON text. */
    record Scored(String profile) implements Outcome {
        @Override
        public String toString() {
            return "Scored";
        }
    }

    /** Neither refused nor resolved: accepted but still pending, or missing from the answer. */
    record Unresolved(String state) implements Outcome {}
}
