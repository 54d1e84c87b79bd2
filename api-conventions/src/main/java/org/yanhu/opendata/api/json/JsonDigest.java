package org.yanhu.opendata.api.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a value's JSON, as lower-case hex: the content hash of an import batch, the hash inside a
 * strong ETag. The JSON is streamed into the digest, so a large batch is never rendered as one string.
 */
public final class JsonDigest {

    private JsonDigest() {
    }

    public static String sha256(ObjectMapper json, Object value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            json.writeValue(new DigestOutputStream(OutputStream.nullOutputStream(), digest), value);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
