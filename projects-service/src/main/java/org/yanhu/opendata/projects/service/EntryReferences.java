package org.yanhu.opendata.projects.service;

import java.util.HashMap;
import java.util.Map;
import org.yanhu.opendata.projects.ProjectStatus;
import org.yanhu.opendata.projects.Sector;
import org.yanhu.opendata.projects.SourceDocument;
import org.yanhu.opendata.projects.Unit;

/**
 * The sectors, statuses, source documents and units a write may refer to, loaded once inside the write's
 * transaction so that checking and writing a large batch runs no query per entry.
 */
public final class EntryReferences {

    final Map<String, Sector> sectors = new HashMap<>();
    final Map<String, ProjectStatus> statuses = new HashMap<>();
    final Map<String, SourceDocument> sources = new HashMap<>();
    final Map<String, Unit> units = new HashMap<>();

    private EntryReferences() {
    }

    /** Loads the four lists: four queries. */
    public static EntryReferences load() {
        EntryReferences references = new EntryReferences();
        Sector.<Sector>listAll().forEach(s -> references.sectors.put(s.code, s));
        ProjectStatus.<ProjectStatus>listAll().forEach(s -> references.statuses.put(s.code, s));
        SourceDocument.<SourceDocument>listAll().forEach(s -> references.sources.put(s.id, s));
        Unit.<Unit>listAll().forEach(u -> references.units.put(u.code, u));
        return references;
    }

    public Sector sector(String code) {
        return sectors.get(code);
    }

    public ProjectStatus status(String code) {
        return statuses.get(code);
    }

    public SourceDocument source(String id) {
        return sources.get(id);
    }

    public Unit unit(String code) {
        return units.get(code);
    }
}
