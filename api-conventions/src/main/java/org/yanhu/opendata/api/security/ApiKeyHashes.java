package org.yanhu.opendata.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The configured API keys, known only by name and SHA-256 hash ({@code api.key-hashes=name:hex,...}),
 * read the same way by the services (to authorise writes) and the gateway (to rate-limit per key).
 * An entry without a name is called {@code key1}, {@code key2}, ... by its position.
 */
public final class ApiKeyHashes {

    private final Map<String, String> namesByHash;

    private ApiKeyHashes(Map<String, String> namesByHash) {
        this.namesByHash = namesByHash;
    }

    public static ApiKeyHashes parse(Optional<String> configured) {
        Map<String, String> namesByHash = new LinkedHashMap<>();
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
        return new ApiKeyHashes(namesByHash);
    }

    /** Whether the header is {@code Bearer <something>} at all. */
    public static boolean isBearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** The name of the key in an Authorization header, when it is a bearer key this deployment knows. */
    public Optional<String> nameOf(String authorization) {
        if (!isBearer(authorization)) {
            return Optional.empty();
        }
        byte[] hash = sha256(authorization.substring(7).trim()).getBytes(StandardCharsets.US_ASCII);
        String found = null;
        // Compare with every known hash in constant time, so timing does not tell how much matched.
        for (Map.Entry<String, String> known : namesByHash.entrySet()) {
            if (MessageDigest.isEqual(known.getKey().getBytes(StandardCharsets.US_ASCII), hash)) {
                found = known.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    public int size() {
        return namesByHash.size();
    }

    /** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
