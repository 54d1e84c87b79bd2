package org.yanhu.opendata.indicators.extraction;

/** The existing indicator a figure most likely belongs to, with a score from 0 to 1. */
public record SuggestedIndicator(String code, double score) {
}
