package org.yanhu.opendata.projects.service;

import java.util.ArrayList;
import java.util.List;

/** Splits a long list of ids, so that no query binds more than a thousand parameters. */
final class Chunks {

    static final int SIZE = 1000;

    private Chunks() {
    }

    static <T> List<List<T>> of(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SIZE) {
            chunks.add(all.subList(i, Math.min(all.size(), i + SIZE)));
        }
        return chunks;
    }
}
