package org.yanhu.opendata.projects.rest;

import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.projects.service.CodeListCache;

/**
 * The open vocabularies a filter may name, which grow with the data: an unknown code is a 400 that lists
 * the known ones, as of the current data version.
 */
final class OpenCodes {

    private OpenCodes() {
    }

    /** A sector or a sector group. */
    static String sector(String code, CodeListCache.Snapshot codes) {
        if (code != null && !codes.sectors().containsKey(code)) {
            throw ProblemException.unknownCode("sector", code, codes.sectorCodes());
        }
        return code;
    }

    static String source(String id, CodeListCache.Snapshot codes) {
        if (id != null && !codes.sources().containsKey(id)) {
            throw ProblemException.unknownCode("source", id, codes.sourceIds());
        }
        return id;
    }
}
