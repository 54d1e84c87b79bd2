package org.yanhu.opendata.gateway.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yanhu.opendata.api.security.ApiKeyHashes;

/**
 * The API keys the services accept, known to the gateway only by name and SHA-256 hash
 * ({@code api.key-hashes=name:hex,...}, read by api-conventions' {@link ApiKeyHashes} as the services
 * read it). A key the gateway does not know earns no bucket of its own, so made-up keys cannot
 * dodge the per-address limit.
 */
@ApplicationScoped
public class KnownApiKeys {

    private final ApiKeyHashes keys;

    @Inject
    public KnownApiKeys(@ConfigProperty(name = "api.key-hashes") Optional<String> configured) {
        this.keys = ApiKeyHashes.parse(configured);
    }

    /** The name of the key in an Authorization header, when it is a bearer key this deployment knows. */
    public Optional<String> nameOf(String authorization) {
        return keys.nameOf(authorization);
    }
}
