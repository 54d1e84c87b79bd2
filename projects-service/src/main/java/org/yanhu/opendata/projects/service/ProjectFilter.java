package org.yanhu.opendata.projects.service;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yanhu.opendata.projects.ProjectStatusCode;
import org.yanhu.opendata.projects.Towns;

/**
 * What a project list or stats query asks for. Every field is already validated; null means "any".
 *
 * @param sector a sector or a sector group: {@code energy} matches {@code energy.solar}
 * @param region a GB/T 2260 code: 140802 itself, or 140800 / 140000 for every county in that city or province
 * @param town one town name; a project naming several towns (西城、龙居) matches each of them
 * @param q text searched in the Chinese and English names and descriptions
 */
public record ProjectFilter(String sector, ProjectStatusCode status, Integer year, String region, String town,
        String source, Boolean hasMetrics, String q) {

    /** The HQL condition on {@code p} (a Project) and its parameters; a withdrawn project never matches. */
    public String where(Parameters params) {
        List<String> clauses = new ArrayList<>();
        clauses.add("p.withdrawnOn is null");
        if (sector != null) {
            clauses.add("(p.sector.code = :sector or p.sector.code like :sectorPrefix)");
            params.and("sector", sector).and("sectorPrefix", sector + ".%");
        }
        if (status != null) {
            clauses.add("p.status.code = :status");
            params.and("status", status.code());
        }
        if (year != null) {
            clauses.add("p.year = :year");
            params.and("year", year.shortValue());
        }
        if (region != null) {
            clauses.add("p.region.code like :region");
            params.and("region", regionPrefix(region) + "%");
        }
        if (town != null) {
            clauses.add("p.townKey like :town escape '!'");
            params.and("town", Towns.pattern(escape(town.trim())));
        }
        if (source != null) {
            clauses.add("exists (select 1 from ProjectRelease r where r.project = p and r.source.id = :source)");
            params.and("source", source);
        }
        if (hasMetrics != null) {
            clauses.add((hasMetrics ? "" : "not ") + "exists (select 1 from ProjectMetric m where m.project = p)");
        }
        if (q != null && !q.isBlank()) {
            // The bigrams find the candidate rows in a GIN index (V8__search_bigrams.sql); like decides.
            String term = q.trim().toLowerCase(Locale.ROOT);
            clauses.add("function('bigrams_cover', p.searchBigrams, :term) = true "
                    + "and p.searchText like :q escape '!'");
            params.and("term", term).and("q", "%" + escape(term) + "%");
        }
        return String.join(" and ", clauses);
    }

    /** 140802 stays itself; 140800 becomes 1408 (the city's counties); 140000 becomes 14. */
    static String regionPrefix(String code) {
        String prefix = code;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }

    static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
