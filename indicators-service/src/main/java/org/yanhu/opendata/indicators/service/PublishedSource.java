package org.yanhu.opendata.indicators.service;

import org.yanhu.opendata.indicators.Region;
import org.yanhu.opendata.indicators.SourceDocument;

/** A source document with the region it reports on. */
public record PublishedSource(SourceDocument document, Region region) {
}
