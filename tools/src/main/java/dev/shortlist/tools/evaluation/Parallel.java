package dev.shortlist.tools.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Runs one task per index on a pool and collects the results in index order. */
final class Parallel {

    private Parallel() {}

    static <T> T[] map(ExecutorService pool, int n, IntFunction<T> task, IntFunction<T[]> array) throws Exception {
        List<Future<T>> futures = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int index = i;
            futures.add(pool.submit(() -> task.apply(index)));
        }
        T[] out = array.apply(n);
        for (int i = 0; i < n; i++) {
            out[i] = futures.get(i).get();
        }
        return out;
    }
}
