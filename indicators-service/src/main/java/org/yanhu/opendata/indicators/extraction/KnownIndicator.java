package org.yanhu.opendata.indicators.extraction;

/** An indicator the catalogue already holds, as a suggester sees it: code, names and unit as published. */
public record KnownIndicator(String code, String nameZh, String nameEn, String unit) {
}
