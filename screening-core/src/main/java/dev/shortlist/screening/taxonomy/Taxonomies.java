package dev.shortlist.screening.taxonomy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point to the skills taxonomy.
 *
 * <p>{@link #curated()} is the project's own taxonomy, loaded once per JVM. {@link #curatedPlus}
 * merges it with larger external taxonomies an organisation configures (ESCO skills CSV or label
 * list, O*NET Technology Skills); building one takes a moment, so callers keep the result.
 */
public final class Taxonomies {

    private Taxonomies() {}

    private static final class CuratedHolder {
        static final SkillTaxonomy CURATED = buildCurated();
    }

    /** The curated taxonomy, built on first use and shared. */
    public static SkillTaxonomy curated() {
        return CuratedHolder.CURATED;
    }

    /**
     * The curated taxonomy plus external files, each recognised by its content: an ESCO
     * {@code skills_*.csv}, an ESCO label list (one label a line) or an O*NET Technology Skills
     * TSV. The curated taxonomy wins every conflict; the version names each file and its digest.
     */
    public static SkillTaxonomy curatedPlus(List<Path> external) {
        CuratedTaxonomyReader.Curated curated = CuratedTaxonomyReader.readResource();
        StringBuilder version = new StringBuilder("curated-").append(curated.version());
        List<ExternalTaxonomyReader.External> sources = new ArrayList<>();
        for (Path path : external) {
            ExternalTaxonomyReader.External source = ExternalTaxonomyReader.read(path);
            sources.add(source);
            version.append('+').append(source.version());
        }
        TaxonomyBuilder builder = new TaxonomyBuilder(version.toString()).addCurated(curated.entries());
        for (ExternalTaxonomyReader.External source : sources) {
            builder.addExternal(source.entries());
        }
        return builder.build();
    }

    private static SkillTaxonomy buildCurated() {
        CuratedTaxonomyReader.Curated curated = CuratedTaxonomyReader.readResource();
        return new TaxonomyBuilder("curated-" + curated.version())
                .addCurated(curated.entries())
                .build();
    }
}
