package dev.shortlist.screening.taxonomy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads external taxonomies into entries the {@link TaxonomyBuilder} merges after the curated one.
 *
 * <ul>
 *   <li>ESCO {@code skills_<lang>.csv} (header with {@code conceptUri}, {@code preferredLabel},
 *       {@code altLabels} — one alias a line inside the quoted field — and {@code skillType}):
 *       ids {@code esco.<hash of conceptUri>}, category {@code esco-<skillType>}.</li>
 *   <li>ESCO label list, one preferred label a line: ids {@code esco.<hash of label>}.</li>
 *   <li>O*NET Technology Skills, tab-separated with {@code Example} and {@code Commodity Title}
 *       columns (the official file also has {@code Title}): ids {@code onet.<slug>}, category
 *       {@code onet-<commodity slug>}; one skill per distinct example.</li>
 * </ul>
 *
 * External vocabularies are large and noisy, so a label that is a single plain word ("Slack",
 * "Word", "sociology") is only ever matched as an ambiguous term, i.e. with context.
 */
final class ExternalTaxonomyReader {

    private static final int HASH_HEX = 10;
    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^)]*\\)\\s*");
    /** RFC 4180 with a header row: quoted fields hold commas, doubled quotes and one alias a line. */
    private static final CSVFormat ESCO_CSV = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .get();
    /** O*NET's tab-separated files quote nothing: a quote is part of the text. */
    private static final CSVFormat ONET_TSV = CSVFormat.TDF
            .builder()
            .setQuote(null)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .get();

    private ExternalTaxonomyReader() {}

    /** One external source: version label (file name and digest) and its entries. */
    record External(String version, List<TaxonomyEntry> entries) {}

    static External read(Path path) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            String content = new String(bytes, StandardCharsets.UTF_8);
            if (!content.isEmpty() && content.charAt(0) == '\uFEFF') {
                content = content.substring(1);
            }
            String version = path.getFileName() + "@" + hash(bytes).substring(0, 8);
            int newline = content.indexOf('\n');
            String header = newline < 0 ? content : content.substring(0, newline);
            List<TaxonomyEntry> entries;
            if (header.contains("conceptUri") && header.contains("preferredLabel")) {
                entries = escoCsv(content);
            } else if (header.contains("\t") && header.contains("Example") && header.contains("Commodity Title")) {
                entries = onetTechnologySkills(content);
            } else if (!header.contains("\t")) {
                entries = escoLabels(content);
            } else {
                throw new IllegalArgumentException("unrecognised taxonomy file " + path
                        + ": expected an ESCO skills CSV, an ESCO label list or O*NET Technology Skills");
            }
            return new External(version, entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read taxonomy " + path, e);
        }
    }

    static List<TaxonomyEntry> escoCsv(String content) {
        List<TaxonomyEntry> entries = new ArrayList<>();
        try (CSVParser rows = ESCO_CSV.parse(new StringReader(content))) {
            for (CSVRecord row : rows) {
                String label = cell(row, "preferredLabel");
                if (label.isEmpty() || "obsolete".equalsIgnoreCase(cell(row, "status"))) {
                    continue;
                }
                String key = cell(row, "conceptUri").isEmpty() ? label : cell(row, "conceptUri");
                String skillType = cell(row, "skillType");
                String category = skillType.isEmpty() ? "esco" : "esco-" + SkillText.slug(skillType);
                List<String> aliases = new ArrayList<>();
                for (String a : cell(row, "altLabels").split("\\R")) {
                    if (!a.isBlank()) {
                        aliases.add(a.strip());
                    }
                }
                entries.add(entry(
                        "esco." + hash(key.getBytes(StandardCharsets.UTF_8)).substring(0, HASH_HEX),
                        label,
                        category,
                        aliases));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static List<TaxonomyEntry> escoLabels(String content) {
        List<TaxonomyEntry> entries = new ArrayList<>();
        for (String line : content.split("\\R")) {
            String label = line.strip();
            if (label.isEmpty() || label.startsWith("#")) {
                continue;
            }
            entries.add(entry(
                    "esco." + hash(label.getBytes(StandardCharsets.UTF_8)).substring(0, HASH_HEX),
                    label,
                    "esco",
                    List.of()));
        }
        return entries;
    }

    static List<TaxonomyEntry> onetTechnologySkills(String content) {
        Map<String, TaxonomyEntry> byId = new LinkedHashMap<>();
        try (CSVParser rows = ONET_TSV.parse(new StringReader(content))) {
            for (CSVRecord row : rows) {
                String name = cell(row, "Example");
                String slug = SkillText.slug(name);
                if (name.isEmpty() || slug.isEmpty() || !row.isSet("Commodity Title")) {
                    continue;
                }
                String category = "onet-" + SkillText.slug(row.get("Commodity Title"));
                byId.putIfAbsent("onet." + slug, entry("onet." + slug, name, category, List.of()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(byId.values());
    }

    private static TaxonomyEntry entry(String id, String label, String category, List<String> aliases) {
        List<TermSpec> terms = new ArrayList<>();
        terms.add(term(withoutQualifier(label)));
        for (String alias : aliases) {
            terms.add(term(withoutQualifier(alias)));
        }
        Skill skill = new Skill(id, label, category, aliases, List.of());
        return new TaxonomyEntry(skill, terms, false);
    }

    /** "Java (computer programming)" is written "Java" in a resume. */
    private static String withoutQualifier(String label) {
        String s = QUALIFIER.matcher(label).replaceAll(" ").strip();
        return s.isEmpty() ? label.strip() : s;
    }

    /**
     * A single plain word from an external list needs context; an acronym is matched in capitals
     * only; a word with inner capitals, digits or symbols ("PyTorch", "C++", "S3") is distinctive.
     */
    static TermSpec term(String text) {
        if (text.contains(" ") || text.contains("-")) {
            return TermSpec.plain(text);
        }
        boolean inner = false;
        boolean allUpper = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                allUpper = false;
            }
            if (i > 0 && (Character.isUpperCase(c) || !Character.isLetter(c))) {
                inner = true;
            }
        }
        if (allUpper && text.length() >= 3) {
            return new TermSpec(text, false, true);
        }
        if (allUpper) {
            return new TermSpec(text, true, true);
        }
        return inner ? TermSpec.plain(text) : new TermSpec(text, true, false);
    }

    /** A column of the row, stripped; empty when the file has no such column or the row is short. */
    private static String cell(CSVRecord row, String column) {
        return row.isSet(column) ? row.get(column).strip() : "";
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
