package dev.shortlist.tools.evaluation;

import dev.shortlist.screening.requirements.RequirementKind;
import dev.shortlist.screening.scoring.Band;
import dev.shortlist.screening.scoring.ScreeningResult;
import dev.shortlist.screening.scoring.SubScore;
import dev.shortlist.tools.corpus.CorpusResume;
import dev.shortlist.tools.corpus.JobProxy;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The quality of one evaluation run: each job proxy's ranking of every resume (relevant = same
 * category) as nDCG@10, P@10 and AP, and category macro-F1 with each resume assigned to the proxy
 * that scores it highest.
 */
final class RankingReport {

    private static final int K = 10;

    private final List<CorpusResume> resumes;
    private final List<JobProxy> proxies;
    /** {@code results[job][resume]} */
    private final ScreeningResult[][] results;

    RankingReport(List<CorpusResume> resumes, List<JobProxy> proxies, ScreeningResult[][] results) {
        this.resumes = resumes;
        this.proxies = proxies;
        this.results = results;
    }

    void print(PrintStream out) {
        Map<String, Long> relevantTotals = new TreeMap<>();
        resumes.forEach(r -> relevantTotals.merge(r.category(), 1L, Long::sum));

        out.println();
        out.printf(Locale.ROOT, "%-24s %5s %8s %6s %6s %6s%n", "category", "n", "nDCG@10", "P@10", "AP", "F1");
        List<String> truth = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (int i = 0; i < resumes.size(); i++) {
            truth.add(resumes.get(i).category());
            predicted.add(proxies.get(bestJob(i)).category());
        }
        Map<String, Double> f1 = RankingMetrics.f1ByClass(truth, predicted);

        double ndcgSum = 0;
        double pSum = 0;
        double apSum = 0;
        Map<Band, int[]> bands = new EnumMap<>(Band.class);
        for (int j = 0; j < proxies.size(); j++) {
            String category = proxies.get(j).category();
            for (int i = 0; i < resumes.size(); i++) {
                boolean relevant = resumes.get(i).category().equals(category);
                bands.computeIfAbsent(results[j][i].band(), b -> new int[2])[relevant ? 0 : 1]++;
            }
            List<Boolean> ranking = ranking(j).stream()
                    .map(i -> resumes.get(i).category().equals(category))
                    .toList();
            int relevant = relevantTotals.getOrDefault(category, 0L).intValue();
            double ndcg = RankingMetrics.ndcgAt(ranking, relevant, K);
            double p = RankingMetrics.precisionAt(ranking, K);
            double ap = RankingMetrics.averagePrecision(ranking, relevant);
            ndcgSum += ndcg;
            pSum += p;
            apSum += ap;
            out.printf(
                    Locale.ROOT,
                    "%-24s %5d %8.3f %6.2f %6.3f %6.3f%n",
                    category,
                    relevant,
                    ndcg,
                    p,
                    ap,
                    f1.getOrDefault(category, 0.0));
        }
        int n = proxies.size();
        double macroF1 = proxies.stream()
                .mapToDouble(p -> f1.getOrDefault(p.category(), 0.0))
                .average()
                .orElse(0);
        long correct = IntStream.range(0, truth.size())
                .filter(i -> truth.get(i).equals(predicted.get(i)))
                .count();
        out.printf(
                Locale.ROOT,
                "%-24s %5d %8.3f %6.3f %6.3f %6.3f%n",
                "OVERALL (mean)",
                resumes.size(),
                ndcgSum / n,
                pSum / n,
                apSum / n,
                macroF1);
        out.printf(
                Locale.ROOT,
                "nDCG@10 %.3f  P@10 %.3f  MAP %.3f  macro-F1 %.3f  accuracy %.3f%n",
                ndcgSum / n,
                pSum / n,
                apSum / n,
                macroF1,
                (double) correct / truth.size());
        out.println("Bands (same-category pairs / other pairs):");
        bands.forEach((band, counts) -> out.printf(Locale.ROOT, "  %-8s %6d / %6d%n", band, counts[0], counts[1]));
    }

    /** One line per (job, resume) pair with every category score, for offline analysis. */
    void dump(Path file) throws IOException {
        StringBuilder out = new StringBuilder("job\tresume\tcategory\tscore");
        for (RequirementKind kind : RequirementKind.values()) {
            out.append('\t').append(kind);
        }
        out.append('\n');
        for (int j = 0; j < proxies.size(); j++) {
            for (int i = 0; i < resumes.size(); i++) {
                ScreeningResult r = results[j][i];
                out.append(proxies.get(j).category())
                        .append('\t')
                        .append(resumes.get(i).id())
                        .append('\t')
                        .append(resumes.get(i).category())
                        .append('\t')
                        .append(r.score());
                for (RequirementKind kind : RequirementKind.values()) {
                    out.append('\t')
                            .append(r.subScore(kind)
                                    .map(SubScore::score)
                                    .map(String::valueOf)
                                    .orElse(""));
                }
                out.append('\n');
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, out);
        System.out.println("Wrote " + file);
    }

    /** The proxy that scores resume {@code i} highest (the first on ties). */
    private int bestJob(int i) {
        int best = 0;
        for (int j = 1; j < proxies.size(); j++) {
            if (results[j][i].score() > results[best][i].score()) {
                best = j;
            }
        }
        return best;
    }

    /** Resume indices by job {@code j}'s score, highest first; ties by resume id so the ranking is reproducible. */
    private List<Integer> ranking(int j) {
        List<Integer> order =
                new ArrayList<>(IntStream.range(0, resumes.size()).boxed().toList());
        order.sort(Comparator.comparingDouble((Integer i) -> -results[j][i].score())
                .thenComparing(i -> resumes.get(i).id()));
        return order;
    }
}
