package dev.shortlist.query.system;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: items, the page asked for (0-based), its size and the totals.
 */
public record Page<T>(List<T> items, int page, int size, long total, int totalPages) {

    public static <T> Page<T> of(List<T> items, int page, int size, long total) {
        return new Page<>(List.copyOf(items), page, size, total, size == 0 ? 0 : (int) ((total + size - 1) / size));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total, totalPages);
    }

    /** Offset of the first item, refusing offsets beyond what a search can page to. */
    public static int from(int page, int size) {
        long from = (long) page * size;
        if (from + size > 10_000) {
            throw new InvalidRequestException(
                    "page", "pages beyond the first 10,000 results are not served; narrow the filters");
        }
        return (int) from;
    }
}
