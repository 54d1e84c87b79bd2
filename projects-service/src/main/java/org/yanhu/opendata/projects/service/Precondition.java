package org.yanhu.opendata.projects.service;

import java.util.function.Supplier;
import org.yanhu.opendata.projects.service.ProjectRecordQuery.ProjectRecord;

/**
 * What a write to a project requires of its current record, checked under the project's row lock before
 * anything is written; it throws to refuse. The caller decides what the record must match (an HTTP
 * If-Match, for one), and loads the record only if it needs it.
 */
@FunctionalInterface
public interface Precondition {

    Precondition NONE = current -> {
    };

    void check(Supplier<ProjectRecord> current);
}
