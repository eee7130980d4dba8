package dev.shortlist.screening.parsing;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Word lists shared by the extractors: job-title words, employer suffixes, institutions. */
final class Words {

    /** Words that make a line a job title rather than a person's name or an employer. */
    static final Set<String> TITLE_WORDS = set(
            "manager", "engineer", "developer", "analyst", "consultant", "director", "assistant", "associate",
            "specialist", "coordinator", "administrator", "officer", "technician", "designer", "architect",
            "accountant", "advocate", "attorney", "lawyer", "paralegal", "chef", "cook", "teacher", "instructor",
            "professor", "nurse", "physician", "doctor", "therapist", "pharmacist", "scientist", "researcher",
            "intern", "trainee", "clerk", "cashier", "representative", "agent", "supervisor", "lead", "head",
            "president", "vice", "executive", "owner", "founder", "partner", "programmer", "tester", "auditor",
            "advisor", "adviser", "counselor", "counsellor", "planner", "buyer", "merchandiser", "editor", "writer",
            "artist", "photographer", "mechanic", "driver", "pilot", "operator", "inspector", "estimator",
            "bookkeeper", "receptionist", "secretary", "banker", "teller", "underwriter", "recruiter", "trainer",
            "tutor", "volunteer", "worker", "aide", "nanny", "farmer", "agronomist", "electrician", "plumber",
            "welder", "carpenter", "technologist", "strategist", "marketer", "sales", "marketing", "server",
            "bartender", "host", "hostess", "waiter", "waitress", "steward", "attendant", "dispatcher",
            "controller", "cfo", "ceo", "cto", "coo", "vp", "senior", "junior", "principal", "staff", "chief",
            "fitness", "healthcare", "information", "technology", "construction", "aviation", "finance",
            "financial", "public", "relations", "business", "development", "customer", "service", "support",
            "apparel", "agriculture", "automobile", "digital", "media", "hr", "human", "resources", "teaching",
            "entwickler", "ingenieur", "berater", "leiter", "projektleiter", "geschäftsführer", "mitarbeiter",
            "développeur", "ingénieur", "chef", "responsable", "directeur", "desarrollador", "ingeniero",
            "gerente", "jefe", "desenvolvedor", "engenheiro", "analista", "sviluppatore", "ingegnere",
            "ontwikkelaar", "medewerker", "resume", "curriculum", "vitae", "cv", "lebenslauf");

    /** Words that end an employer's name. */
    static final Set<String> COMPANY_WORDS = set(
            "inc", "inc.", "llc", "ltd", "ltd.", "limited", "gmbh", "ag", "corp", "corp.", "corporation", "company",
            "co.", "plc", "group", "sa", "s.a.", "sarl", "srl", "bv", "b.v.", "nv", "lp", "llp", "pty", "kg");

    static final Pattern INSTITUTION = Pattern.compile(
            "(?i)\\b(?:university|universit(?:y|ä)t?|college|school|institute|institut|academy|akademie|polytechnic|"
                    + "hochschule|fachhochschule|gymnasium|lycée|lycee|université|école|ecole|universidad|universidade|"
                    + "università|universiteit|hogeschool|instituto|istituto|faculdade|facultad|conservatory|seminary)\\b"
                    + "|دانشگاه|دانشکده|هنرستان|دبیرستان|جامعة|كلية|معهد");

    private Words() {
    }

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static boolean isTitleWord(String token) {
        return TITLE_WORDS.contains(token.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""));
    }
}
