package org.yanhu.opendata.projects.service;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yanhu.opendata.projects.PledgeStatus;

/**
 * What a pledge list asks for; every field is already validated, null means "any".
 *
 * @param sector a sector or a sector group, as for projects
 * @param q text searched in the Chinese and English pledge texts and the id
 */
public record PledgeFilter(Integer year, PledgeStatus status, String sector, Boolean livelihood, String q) {

    /** The HQL condition on {@code l} (a Pledge) and its parameters; a withdrawn pledge never matches. */
    public String where(Parameters params) {
        List<String> clauses = new ArrayList<>();
        clauses.add("l.withdrawnOn is null");
        if (year != null) {
            clauses.add("l.year = :year");
            params.and("year", year.shortValue());
        }
        if (status != null) {
            clauses.add("l.status = :status");
            params.and("status", status.code());
        }
        if (sector != null) {
            clauses.add("(l.sector.code = :sector or l.sector.code like :sectorPrefix)");
            params.and("sector", sector).and("sectorPrefix", sector + ".%");
        }
        if (livelihood != null) {
            clauses.add("l.livelihood = :livelihood");
            params.and("livelihood", livelihood);
        }
        if (q != null && !q.isBlank()) {
            clauses.add("(lower(l.textZh) like :q escape '!' or lower(l.textEn) like :q escape '!' "
                    + "or l.slug like :q escape '!')");
            params.and("q", "%" + ProjectFilter.escape(q.trim().toLowerCase(Locale.ROOT)) + "%");
        }
        return String.join(" and ", clauses);
    }
}
