package dev.shortlist.screening.parsing;

import java.util.List;

/**
 * Contact details as found in the resume.
 *
 * @param name     candidate name as written, or null
 * @param email    email address, or null
 * @param phone    phone number in E.164 form, or null
 * @param links    profile and portfolio links
 * @param location location as written, e.g. "Austin, TX", or null
 */
public record Contact(String name, String email, String phone, List<Link> links, String location) {

    public Contact {
        links = List.copyOf(links);
    }

    /** A link with its kind: LINKEDIN, GITHUB, PORTFOLIO or OTHER. */
    public record Link(String kind, String url) {}
}
