package org.yanhu.opendata.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.yanhu.opendata.api.caching.DataVersionTable;
import org.yanhu.opendata.api.error.Conflict;
import org.yanhu.opendata.api.error.FieldError;
import org.yanhu.opendata.api.error.Invalid;
import org.yanhu.opendata.api.error.NotFound;
import org.yanhu.opendata.api.error.Redefinitions;
import org.yanhu.opendata.api.error.UnknownCode;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.indicators.Region;
import org.yanhu.opendata.indicators.SourceDocument;
import org.yanhu.opendata.indicators.SourceDocumentText;

/**
 * Stores the whole text of a source document. A new id creates the document with its text; an existing
 * document without a text (the seed reports, loaded from the dataset) gets it attached, provided the
 * metadata agree; a text is never replaced, so a different text for a stored one is a conflict.
 */
@ApplicationScoped
public class SourceTextStore {

    /** What a store did. */
    public enum Outcome { CREATED, TEXT_ATTACHED, UNCHANGED }

    /** A source document as posted: metadata and the whole text. Optional fields may be null. */
    public record NewSource(String id, String titleZh, String titleEn, LocalDate publishedOn, String region,
            String publisherZh, String publisherEn, String eventZh, String eventEn, String covers, String text) {
    }

    @Inject
    DataVersionTable dataVersion;

    @Transactional
    public Outcome store(NewSource posted, String author) {
        checkText(posted.text());
        String hash = sha256(posted.text());
        SourceDocument existing = SourceDocument.findById(posted.id());
        if (existing == null) {
            create(posted, author);
            saveText(posted, hash, author);
            dataVersion.bump();
            return Outcome.CREATED;
        }
        SourceDocumentText stored = SourceDocumentText.findById(posted.id());
        if (stored != null) {
            if (!stored.sha256.equals(hash)) {
                throw new Conflict("Source '" + posted.id() + "' already has a different text (sha256 " + stored.sha256
                        + "); a stored text is never replaced: post the new text under a new id",
                        List.of(new FieldError("text", "differs from the text stored for '" + posted.id() + "'")));
            }
            return Outcome.UNCHANGED;
        }
        Redefinitions redefinitions = new Redefinitions();
        redefinitions.compare("source", "source", posted.id(),
                Redefinitions.field("title.zh", existing.titleZh, posted.titleZh()),
                Redefinitions.field("title.en", existing.titleEn, posted.titleEn()),
                Redefinitions.field("published_on", existing.publishedOn, posted.publishedOn()),
                Redefinitions.field("region", existing.regionCode, posted.region()));
        if (!redefinitions.isEmpty()) {
            throw new Conflict("Source '" + posted.id() + "' is published with other metadata; its text can be "
                    + "attached only with the metadata as published", redefinitions.errors());
        }
        saveText(posted, hash, author);
        return Outcome.TEXT_ATTACHED;
    }

    @Transactional
    public SourceDocumentText text(String sourceId) {
        if (SourceDocument.findById(sourceId) == null) {
            throw new NotFound("source document", sourceId);
        }
        SourceDocumentText text = SourceDocumentText.findById(sourceId);
        if (text == null) {
            throw new NotFound("stored text of source document", sourceId);
        }
        return text;
    }

    /** Empty, blank or binary text is refused: a report is text, and control characters do not occur in one. */
    static void checkText(String text) {
        if (text == null || text.isBlank()) {
            throw Invalid.fields(List.of(new FieldError("text", "must be the whole report, not empty")),
                    "nothing was stored");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f || c == 0xfffe || c == 0xffff
                    || (Character.isSurrogate(c) && !validPair(text, i))) {
                throw Invalid.fields(List.of(new FieldError("text", String.format(
                        "contains binary data (U+%04X at code point %d); send the report as plain text", (int) c,
                        text.codePointCount(0, i)))), "nothing was stored");
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
    }

    private static boolean validPair(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    private static void create(NewSource posted, String author) {
        Region region = Region.findById(posted.region());
        if (region == null) {
            List<String> allowed = Region.<Region>list("order by code").stream().map(r -> r.code).toList();
            throw new UnknownCode("region", posted.region(), allowed);
        }
        SourceDocument source = new SourceDocument();
        source.describe(posted.id(), Label.of(posted.titleZh(), posted.titleEn()),
                Label.of(orElse(posted.publisherZh(), region.nameZh + "人民政府"),
                        orElse(posted.publisherEn(), "People's Government of " + region.nameEn)),
                posted.publishedOn(), "Text posted by '" + author + "' for review; figures are the government's own.");
        source.eventZh = orElse(posted.eventZh(), "政府工作报告");
        source.eventEn = orElse(posted.eventEn(), "Government work report");
        source.covers = orElse(posted.covers(), "report published " + posted.publishedOn());
        source.regionCode = region.code;
        source.persist();
    }

    private static void saveText(NewSource posted, String hash, String author) {
        SourceDocumentText text = new SourceDocumentText();
        text.sourceId = posted.id();
        text.text = posted.text();
        text.codePoints = posted.text().codePointCount(0, posted.text().length());
        text.sha256 = hash;
        text.storedAt = java.time.OffsetDateTime.now();
        text.storedBy = author;
        text.persist();
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
