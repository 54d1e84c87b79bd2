package org.yanhu.opendata.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.Locale;
import org.yanhu.opendata.api.i18n.Label;

/**
 * How a search hit is read from a service's list item and scored against the query, and the order
 * of the one list: best score first, then indicators before projects before pledges, then by name.
 */
final class SearchRanking {

    static final Comparator<SearchHit> BEST_FIRST = Comparator.comparingDouble(SearchHit::score).reversed()
            .thenComparingInt((SearchHit hit) -> SearchClient.TYPES.indexOf(hit.type()))
            .thenComparing(hit -> hit.title() == null || hit.title().zh() == null ? "" : hit.title().zh());

    private SearchRanking() {
    }

    static SearchHit hit(SearchClient.Target target, String q, JsonNode item) {
        String id = text(item, "code", text(item, "id", ""));
        JsonNode titleNode = item.has("name") ? item.get("name") : item.has("text") ? item.get("text")
                : item.path("title");
        Label title = new Label(text(titleNode, "zh", null), text(titleNode, "en", null));
        JsonNode group = item.has("topic") ? item.get("topic") : item.path("sector");
        SearchHit.Category category = group.isObject() ? new SearchHit.Category(text(group, "code", null),
                new Label(text(group.path("label"), "zh", null), text(group.path("label"), "en", null))) : null;
        String link = text(item, "link", target.listPath() + "/" + id);
        return new SearchHit(target.type(), id, title, category, link, score(q, id, title));
    }

    /** Exact id or title 1; title starting with the query 0.8; containing it 0.6 to 0.7; elsewhere 0.3. */
    static double score(String q, String id, Label title) {
        String query = q.toLowerCase(Locale.ROOT);
        double best = id.equalsIgnoreCase(q) ? 1.0 : 0.3;
        for (String name : new String[] {title.zh(), title.en()}) {
            if (name == null || name.isEmpty()) {
                continue;
            }
            String text = name.toLowerCase(Locale.ROOT);
            if (text.equals(query)) {
                best = Math.max(best, 1.0);
            } else if (text.startsWith(query)) {
                best = Math.max(best, 0.8);
            } else if (text.contains(query)) {
                best = Math.max(best, 0.6 + 0.1 * query.length() / text.length());
            }
        }
        return Math.round(best * 1000) / 1000.0;
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }
}
