package org.yanhu.opendata.projects;

import java.util.Arrays;
import java.util.List;

/**
 * The towns a project names, as the reports write them: one name, or several joined with 、 (西城、龙居).
 * The stored key wraps each name in separators, so that a filter on one town matches it in a list.
 */
public final class Towns {

    public static final String SEPARATOR = "、";

    private Towns() {
    }

    /** The names, one per item; none for a project without a town. */
    public static List<String> of(String town) {
        return town == null ? List.of()
                : Arrays.stream(town.split(SEPARATOR)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The indexed form of {@link Project#town}: 、西城、龙居、 (null for none). */
    public static String key(String town) {
        return town == null ? null : SEPARATOR + String.join(SEPARATOR, of(town)) + SEPARATOR;
    }

    /** The LIKE pattern that finds one town in a key; the name is escaped with '!'. */
    public static String pattern(String escapedTown) {
        return "%" + SEPARATOR + escapedTown + SEPARATOR + "%";
    }
}
