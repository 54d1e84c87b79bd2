package org.yanhu.opendata.gateway.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yanhu.opendata.api.caching.ConditionalGet;

/**
 * The API keys the services accept, known to the gateway only by name and SHA-256 hash
 * ({@code api.key-hashes=name:hex,...}, the same setting the services read). A key the gateway does
 * not know earns no bucket of its own, so made-up keys cannot dodge the per-address limit.
 */
@ApplicationScoped
public class KnownApiKeys {

    private final Map<String, String> namesByHash = new LinkedHashMap<>();

    @Inject
    public KnownApiKeys(@ConfigProperty(name = "api.key-hashes") Optional<String> configured) {
        configured.ifPresent(list -> {
            for (String entry : list.split(",")) {
                String trimmed = entry.trim();
                if (!trimmed.isEmpty()) {
                    int colon = trimmed.indexOf(':');
                    String name = colon < 0 ? "key" + (namesByHash.size() + 1) : trimmed.substring(0, colon);
                    namesByHash.put((colon < 0 ? trimmed : trimmed.substring(colon + 1)).toLowerCase(), name);
                }
            }
        });
    }

    /** The name of the key in an Authorization header, when it is a bearer key this deployment knows. */
    public Optional<String> nameOf(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        byte[] hash = ConditionalGet.sha256(authorization.substring(7).trim()).getBytes(StandardCharsets.US_ASCII);
        String found = null;
        for (Map.Entry<String, String> known : namesByHash.entrySet()) {
            if (MessageDigest.isEqual(known.getKey().getBytes(StandardCharsets.US_ASCII), hash)) {
                found = known.getValue();
            }
        }
        return Optional.ofNullable(found);
    }
}
