package org.yanhu.opendata.api.caching;

import java.util.function.Function;
import org.yanhu.opendata.api.error.ExpectedVersion;
import org.yanhu.opendata.api.error.PreconditionRequired;
import org.yanhu.opendata.api.error.StaleVersion;

/**
 * The rest/ side of optimistic concurrency: turns a request's If-Match header into the
 * {@link ExpectedVersion} a service checks under its lock. The service hands over what it holds; this
 * class derives the ETag from it with the function rest/ gives, so ETags stay in rest/.
 *
 * <pre>{@code
 * ExpectedVersion<ProjectRecord> expected = IfMatch.of(ifMatch)
 *         .required("project", "GET /api/v1/projects/" + slug, ProjectTags::etagOf);
 * commands.correct(slug, patch, expected, author);
 * }</pre>
 */
public final class IfMatch {

    private final String header;

    private IfMatch(String header) {
        this.header = header;
    }

    public static IfMatch of(String header) {
        return new IfMatch(header);
    }

    public boolean isPresent() {
        return !EntityTags.isAbsent(header);
    }

    /** A write that must name the version it is based on: no If-Match is a 428, a stale one a 412. */
    public <T> ExpectedVersion<T> required(String what, String readWith, Function<T, String> etagOf) {
        return current -> {
            if (!isPresent()) {
                throw new PreconditionRequired("This write needs If-Match with the ETag of " + readWith
                        + ", so that it cannot overwrite a change you have not seen");
            }
            verify(what, etagOf.apply(current));
        };
    }

    /** A write that may name the version it is based on: without If-Match it goes ahead. */
    public <T> ExpectedVersion<T> optional(String what, Function<T, String> etagOf) {
        return current -> {
            if (isPresent()) {
                verify(what, etagOf.apply(current));
            }
        };
    }

    private void verify(String what, String currentEtag) {
        if (!EntityTags.matchHits(header, currentEtag)) {
            throw new StaleVersion("The " + what + " has changed since you read it: If-Match " + header.trim()
                    + " is not its current ETag " + currentEtag + ". Read it again, then retry.", currentEtag);
        }
    }
}
