package org.yanhu.opendata.indicators.extraction;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Candidate ids: a hash of (source, the number's code-point offsets, value), so that extracting the same text
 * again gives the same ids and a reviewer's decision survives a re-extraction. The number's own offsets are used
 * rather than the quote's, so that a change in how quotes are cut does not change the ids.
 */
public final class CandidateIds {

    private CandidateIds() {
    }

    public static String of(String sourceId, int valueStart, int valueEnd, BigDecimal value) {
        String key = sourceId + '\u0000' + valueStart + '\u0000' + valueEnd + '\u0000' + value.stripTrailingZeros().toPlainString();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "c-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
