package dev.shortlist.tools.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Ranking and classification metrics with binary relevance. */
final class RankingMetrics {

    private RankingMetrics() {}

    /** nDCG at k of a ranking (relevance flags in rank order), against all {@code relevantTotal} relevant items. */
    static double ndcgAt(List<Boolean> ranking, int relevantTotal, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            if (ranking.get(i)) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevantTotal); i++) {
            ideal += 1 / log2(i + 2);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    static double precisionAt(List<Boolean> ranking, int k) {
        long hits = ranking.stream().limit(k).filter(b -> b).count();
        return (double) hits / k;
    }

    static double averagePrecision(List<Boolean> ranking, int relevantTotal) {
        double sum = 0;
        int hits = 0;
        for (int i = 0; i < ranking.size(); i++) {
            if (ranking.get(i)) {
                hits++;
                sum += (double) hits / (i + 1);
            }
        }
        return relevantTotal == 0 ? 0 : sum / relevantTotal;
    }

    /** Per-class F1 of predictions, keyed by class; classes are the union of truths and predictions. */
    static Map<String, Double> f1ByClass(List<String> truth, List<String> predicted) {
        Set<String> classes = new TreeSet<>(truth);
        classes.addAll(predicted);
        Map<String, Double> f1 = new TreeMap<>();
        for (String c : classes) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < truth.size(); i++) {
                boolean t = truth.get(i).equals(c);
                boolean p = predicted.get(i).equals(c);
                tp += t && p ? 1 : 0;
                fp += !t && p ? 1 : 0;
                fn += t && !p ? 1 : 0;
            }
            double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            f1.put(c, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
        }
        return f1;
    }

    static double macroF1(List<String> truth, List<String> predicted) {
        return f1ByClass(truth, predicted).values().stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElse(0);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
