package org.yanhu.opendata.projects.service;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The distinct pairs of consecutive characters (code points) of a project's search text, which the {@code q=}
 * search finds in a GIN index: a two-character Chinese term such as 光伏 is one bigram. The same definition as the
 * database's {@code text_bigrams}, which computes the term's (V8__search_bigrams.sql).
 */
public final class SearchBigrams {

    private SearchBigrams() {
    }

    public static String[] of(String text) {
        int[] points = text.codePoints().toArray();
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = 0; i + 1 < points.length; i++) {
            pairs.add(new String(points, i, 2));
        }
        return pairs.toArray(String[]::new);
    }
}
