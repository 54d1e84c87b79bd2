package org.yanhu.opendata.api.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yanhu.opendata.api.problem.ProblemException;

/**
 * Checks the bearer key of write operations against SHA-256 hashes from configuration
 * ({@code api.key-hashes=name:hex,...}); keys themselves are never stored. The key's name is kept on
 * the request as the author of the write.
 */
@Provider
@ApiKeyRequired
@Priority(Priorities.AUTHENTICATION)
public class ApiKeys implements ContainerRequestFilter {

    public static final String AUTHOR_PROPERTY = "yanhu.apiKeyName";

    private final ApiKeyHashes keys;

    @Inject
    public ApiKeys(@ConfigProperty(name = "api.key-hashes") Optional<String> configured) {
        this.keys = ApiKeyHashes.parse(configured);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString("Authorization");
        if (!ApiKeyHashes.isBearer(header)) {
            throw unauthorized("This operation needs an API key: send Authorization: Bearer <key>");
        }
        String name = keys.nameOf(header).orElseThrow(() -> unauthorized("The API key is not valid"));
        request.setProperty(AUTHOR_PROPERTY, name);
    }

    private static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "unauthorized", "Unauthorized", detail, null,
                Map.of("WWW-Authenticate", "Bearer realm=\"yanhu-opendata\""));
    }
}
