package org.yanhu.opendata.api.caching;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Puts {@code Data-Version} (the {@link DataVersion} this instance serves) on every answer under /api, reads
 * and writes alike. A shared cache in front (the gateway) drops what it stored under an older version as soon as
 * it sees a newer one, for example on the answer to a write it passed on.
 */
public class DataVersionHeader {

    public static final String HEADER = "Data-Version";

    @Inject
    Instance<DataVersion> dataVersion;

    @ServerResponseFilter
    public void version(ContainerRequestContext request, ContainerResponseContext response) {
        // A 5xx is often the database being out of reach: no attempt to read the version then.
        if (response.getStatus() >= 500 || !dataVersion.isResolvable()
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        try {
            response.getHeaders().putSingle(HEADER, Long.toString(dataVersion.get().current()));
        } catch (RuntimeException unreadable) {
            // The database is out of reach: the answer (often the 503 saying so) goes out without a version.
        }
    }
}
