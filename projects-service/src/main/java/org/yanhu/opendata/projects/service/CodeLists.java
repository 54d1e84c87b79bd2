package org.yanhu.opendata.projects.service;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.projects.ProjectStatus;
import org.yanhu.opendata.projects.Sector;
import org.yanhu.opendata.projects.SourceDocument;

/**
 * The code lists and source documents as of a data version, for labels and for checking filter
 * values: an unknown code is a 400 that lists the known ones.
 */
@ApplicationScoped
public class CodeLists {

    @Inject
    PublishedDataVersion dataVersion;

    @Inject
    CodeLists self;

    /** Everything the code lists hold at one data version; loaded once per version. */
    public record Snapshot(Map<String, Sector> sectors, Map<String, ProjectStatus> statuses,
            Map<String, SourceDocument> sources) {

        public Sector groupOf(Sector sector) {
            return sector.parentCode == null ? null : sectors.get(sector.parentCode);
        }

        public List<String> sectorCodes() {
            return List.copyOf(sectors.keySet());
        }

        public List<String> leafSectorCodes() {
            return sectors.values().stream().filter(s -> !s.isGroup()).map(s -> s.code).toList();
        }
    }

    public Snapshot current() {
        return self.at(dataVersion.current());
    }

    @Transactional
    @CacheResult(cacheName = "code-lists")
    public Snapshot at(long version) {
        Map<String, Sector> sectors = new LinkedHashMap<>();
        Sector.<Sector>list("order by position").forEach(s -> sectors.put(s.code, s));
        Map<String, ProjectStatus> statuses = new LinkedHashMap<>();
        ProjectStatus.<ProjectStatus>list("order by position").forEach(s -> statuses.put(s.code, s));
        Map<String, SourceDocument> sources = new LinkedHashMap<>();
        SourceDocument.<SourceDocument>list("order by publishedOn, id").forEach(s -> sources.put(s.id, s));
        return new Snapshot(java.util.Collections.unmodifiableMap(sectors),
                java.util.Collections.unmodifiableMap(statuses), java.util.Collections.unmodifiableMap(sources));
    }

    /** A sector or sector group of a filter; anything else is a 400 listing the known codes. */
    public String checkSector(String code) {
        if (code != null && !current().sectors().containsKey(code)) {
            throw ProblemException.unknownCode("sector", code, current().sectorCodes());
        }
        return code;
    }

    public String checkStatus(String code) {
        if (code != null && !current().statuses().containsKey(code)) {
            throw ProblemException.unknownCode("status", code, List.copyOf(current().statuses().keySet()));
        }
        return code;
    }

    public String checkSource(String id) {
        if (id != null && !current().sources().containsKey(id)) {
            throw ProblemException.unknownCode("source", id, List.copyOf(current().sources().keySet()));
        }
        return id;
    }
}
