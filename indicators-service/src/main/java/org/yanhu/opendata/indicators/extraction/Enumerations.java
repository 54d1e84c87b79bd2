package org.yanhu.opendata.indicators.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the figures of an enumeration with the items they belong to: in "水果、蔬菜、肉蛋奶产量分别达到88万吨、
 * 10万吨、3.5万吨" the second figure is the 蔬菜 one. The items' shared tail (产量) goes with each item.
 */
final class Enumerations {

    private static final String RESPECTIVELY = "分别";

    private Enumerations() {
    }

    /** The item {@code f} belongs to, with the shared tail, or null when {@code f} is not one of such a list. */
    static String subjectOf(CodePointText text, Figure f, List<Figure> all, int clauseStart) {
        int marker = text.indexOf(RESPECTIVELY, clauseStart, f.valueStart());
        if (marker < 0) {
            return null;
        }
        List<Figure> listed = new ArrayList<>();
        for (Figure g : all) {
            if (g.valueStart() > marker && g.valueStart() <= Clauses.hardEnd(text, marker)) {
                listed.add(g);
            }
        }
        String[] items = text.normalized(clauseStart, marker).split("、");
        int k = listed.indexOf(f);
        if (items.length < 2 || items.length != listed.size() || k < 0) {
            return null;
        }
        String last = items[items.length - 1];
        String tail = last.length() > 2 ? last.substring(last.length() - 2) : "";
        return k == items.length - 1 ? last : items[k] + tail;
    }
}
