package org.yanhu.opendata.api.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yanhu.opendata.api.caching.ConditionalGet;
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

    private final Map<String, String> namesByHash = new LinkedHashMap<>();

    @Inject
    public ApiKeys(@ConfigProperty(name = "api.key-hashes") Optional<String> configured) {
        configured.ifPresent(list -> {
            for (String entry : list.split(",")) {
                String trimmed = entry.trim();
                if (trimmed.isEmpty()) {
                    continue;
                }
                int colon = trimmed.indexOf(':');
                String name = colon < 0 ? "key" : trimmed.substring(0, colon);
                String hash = (colon < 0 ? trimmed : trimmed.substring(colon + 1)).toLowerCase();
                namesByHash.put(hash, name);
            }
        });
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized("This operation needs an API key: send Authorization: Bearer <key>");
        }
        String hash = ConditionalGet.sha256(header.substring(7).trim());
        String name = null;
        for (Map.Entry<String, String> known : namesByHash.entrySet()) {
            if (MessageDigest.isEqual(known.getKey().getBytes(StandardCharsets.US_ASCII),
                    hash.getBytes(StandardCharsets.US_ASCII))) {
                name = known.getValue();
            }
        }
        if (name == null) {
            throw unauthorized("The API key is not valid");
        }
        request.setProperty(AUTHOR_PROPERTY, name);
    }

    private static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "unauthorized", "Unauthorized", detail, null,
                Map.of("WWW-Authenticate", "Bearer realm=\"yanhu-opendata\""));
    }
}
