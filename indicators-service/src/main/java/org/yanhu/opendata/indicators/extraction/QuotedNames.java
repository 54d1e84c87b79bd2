package org.yanhu.opendata.indicators.extraction;

/**
 * Marks the text inside short quoted names: “一刻钟”便民生活圈, “五个一批”, 《…规划》. A number there is part of a
 * name or a slogan, not a measure. Only short spans on one line count, so that a stray quotation mark in a
 * scraped text cannot hide a paragraph of figures.
 */
final class QuotedNames {

    static final int MAX_NAME_LENGTH = 24;

    private QuotedNames() {
    }

    static boolean[] mask(CodePointText text) {
        boolean[] inside = new boolean[text.length()];
        for (int i = 0; i < text.length(); i++) {
            int close = closing(text.at(i));
            if (close < 0) {
                continue;
            }
            for (int j = i + 1; j < text.length() && j <= i + MAX_NAME_LENGTH + 1; j++) {
                int cp = text.at(j);
                if (cp == '\n') {
                    break;
                }
                if (cp == close || (close == '”' && cp == '〞')) {
                    for (int k = i + 1; k < j; k++) {
                        inside[k] = true;
                    }
                    i = j;
                    break;
                }
            }
        }
        return inside;
    }

    private static int closing(int open) {
        return switch (open) {
            case '“', '〝' -> '”';
            case '‘' -> '’';
            case '《' -> '》';
            case '「' -> '」';
            case '『' -> '』';
            case '〈' -> '〉';
            case '"' -> '"';
            default -> -1;
        };
    }
}
