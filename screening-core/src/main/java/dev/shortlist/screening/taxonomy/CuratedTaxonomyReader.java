package dev.shortlist.screening.taxonomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the curated taxonomy file: UTF-8, tab-separated, one skill a line.
 *
 * <pre>
 * # version: 1.0.0
 * id    name    category    aliases (| separated)    related ids (| separated)
 * </pre>
 *
 * Terms (name and aliases) may carry the {@link TermSpec} markers {@code ?} and {@code ^}.
 */
final class CuratedTaxonomyReader {

    static final String RESOURCE = "/taxonomy/skills-v1.tsv";

    private CuratedTaxonomyReader() {}

    /** The parsed file: its version and its entries in file order. */
    record Curated(String version, List<TaxonomyEntry> entries) {}

    static Curated readResource() {
        try (InputStream in = CuratedTaxonomyReader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("taxonomy resource missing: " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Curated read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String version = null;
        List<TaxonomyEntry> entries = new ArrayList<>();
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                String comment = line.substring(1).strip();
                if (comment.startsWith("version:")) {
                    version = comment.substring("version:".length()).strip();
                }
                continue;
            }
            if (line.startsWith("id\t")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 3) {
                throw new IllegalStateException("line " + lineNumber + ": expected id, name, category");
            }
            TermSpec name = TermSpec.parse(cols[1]);
            List<TermSpec> terms = new ArrayList<>();
            terms.add(name);
            List<String> aliases = new ArrayList<>();
            for (String alias : list(cols, 3)) {
                TermSpec term = TermSpec.parse(alias);
                terms.add(term);
                aliases.add(term.text());
            }
            Skill skill = new Skill(cols[0].strip(), name.text(), cols[2].strip(), aliases, list(cols, 4));
            entries.add(new TaxonomyEntry(skill, terms, true));
        }
        if (version == null) {
            throw new IllegalStateException("taxonomy file has no '# version:' line");
        }
        return new Curated(version, entries);
    }

    private static List<String> list(String[] cols, int index) {
        if (cols.length <= index || cols[index].isBlank()) {
            return List.of();
        }
        return Arrays.stream(cols[index].split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
