package dev.shortlist.screening.scoring;

import dev.shortlist.screening.parsing.ResumeProfile;

/** Classes that break the domain's rules on purpose, so the rules are shown to catch them. */
public final class Violations {

    private Violations() {}

    /** Depends on a service's type. */
    public static final class PlumbingUser {
        public Object topic() {
            return java.util.List.of(com.fasterxml.jackson.databind.ObjectMapper.class);
        }
    }

    /** A scoring class reading a parsed profile (and so its contact record). */
    public static final class ContactReader {
        public String who(ResumeProfile profile) {
            return profile.contact().name();
        }
    }

    /** A scoring input with a personal field. */
    public static final class Personal {
        public String email;
    }
}
