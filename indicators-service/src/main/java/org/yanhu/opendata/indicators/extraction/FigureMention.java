package org.yanhu.opendata.indicators.extraction;

/**
 * What a suggester gets to see of one figure: the quote, where the figure sits in it (code points, relative
 * to the quote), the unit as written with its base unit, and, for one figure of an enumeration such as
 * "水果、蔬菜、肉蛋奶产量分别达到88万吨、10万吨、3.5万吨", the item it belongs to ("蔬菜…产量"), or, in a quote
 * with several figures, the part between its neighbours ("完成40个老旧小区、"); null for a figure alone in its quote.
 */
public record FigureMention(String quote, int valueStart, int valueEnd, String unit, String baseUnit, String subject) {
}
