package dev.shortlist.query.projection;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Small helpers the entity mappers share to build keyword facets and detail maps. */
final class Facets {

    private Facets() {}

    /** The distinct non-blank values, in first-seen order: a keyword facet. */
    static List<String> distinct(Stream<String> values) {
        return List.copyOf(
                values.filter(v -> v != null && !v.isBlank()).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** A copy of the list, or null when there is none (an absent optional field stays absent). */
    static <T> List<T> copyOrNull(List<T> values) {
        return values == null ? null : List.copyOf(values);
    }

    /** Key-value pairs without the null values, lists copied: the details of a timeline entry. */
    static Map<String, Object> details(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object value = keyValues[i + 1];
            if (value != null) {
                map.put((String) keyValues[i], value instanceof List<?> list ? List.copyOf(list) : value);
            }
        }
        return map;
    }
}
