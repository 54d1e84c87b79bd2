package org.yanhu.opendata.projects.service;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yanhu.opendata.api.caching.DataVersionTable;
import org.yanhu.opendata.api.error.UnknownCode;
import org.yanhu.opendata.projects.ProjectStatus;
import org.yanhu.opendata.projects.Sector;
import org.yanhu.opendata.projects.SourceDocument;

/**
 * The code lists (sectors, statuses) and the source documents as of a data version, loaded once per
 * version: for labels, and for telling whether a filter names a known code. Sectors and sources are open
 * vocabularies that grow with the data, so they are checked here, against the data, rather than typed.
 */
@ApplicationScoped
public class CodeListCache {

    @Inject
    DataVersionTable dataVersion;

    @Inject
    CodeListCache self;

    /** Everything the code lists hold at one data version, in display order. */
    public record Snapshot(Map<String, Sector> sectors, Map<String, ProjectStatus> statuses,
            Map<String, SourceDocument> sources) {

        /** The group of a sector; null for a group itself. */
        public Sector groupOf(Sector sector) {
            return sector.parentCode == null ? null : sectors.get(sector.parentCode);
        }

        public List<String> sectorCodes() {
            return List.copyOf(sectors.keySet());
        }

        public List<String> sourceIds() {
            return List.copyOf(sources.keySet());
        }

        /** A sector or sector group that a filter names; an unknown one lists the known codes. */
        public String requireSector(String code) {
            if (code != null && !sectors.containsKey(code)) {
                throw new UnknownCode("sector", code, sectorCodes());
            }
            return code;
        }

        /** A source document that a filter names; an unknown one lists the known ids. */
        public String requireSource(String id) {
            if (id != null && !sources.containsKey(id)) {
                throw new UnknownCode("source", id, sourceIds());
            }
            return id;
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
        return new Snapshot(Collections.unmodifiableMap(sectors), Collections.unmodifiableMap(statuses),
                Collections.unmodifiableMap(sources));
    }
}
