package org.yanhu.opendata.indicators.extraction;

import java.util.List;

/**
 * Clause and sentence boundaries, and the quote of a figure: the shortest clause that states it. A clause ends
 * at a comma, a semicolon, a full stop or a line break. A 、 also ends one when it follows a complete figure and
 * a new statement follows ("…达98%以上、粮食播种面积稳定在…"); between the numbers of an enumeration
 * ("88万吨、10万吨、3.5万吨") it does not.
 */
final class Clauses {

    /**
     * How far a clause, a sentence and a paragraph reach from a figure, in code points: the work per figure is
     * bounded, so a text without punctuation or line breaks costs no more per figure than a report does.
     */
    static final int MAX_CLAUSE = 300;
    static final int MAX_SENTENCE = 600;
    static final int MAX_PARAGRAPH = 3000;

    private Clauses() {
    }

    static boolean isHardBoundary(int cp) {
        return switch (cp) {
            case '，', '。', '；', '！', '？', '：', ',', ';', '!', '?', '\n', ':' -> true;
            default -> false;
        };
    }

    static boolean isSentenceBoundary(int cp) {
        return switch (cp) {
            case '。', '；', '！', '？', ';', '!', '?', '\n' -> true;
            default -> false;
        };
    }

    /** The start of the clause around {@code pos}. */
    static int hardStart(CodePointText text, int pos) {
        int i = pos;
        int limit = Math.max(0, pos - MAX_CLAUSE);
        while (i > limit && !isHardBoundary(text.at(i - 1))) {
            i--;
        }
        return i;
    }

    static int hardEnd(CodePointText text, int pos) {
        int i = pos;
        int limit = Math.min(text.length(), pos + MAX_CLAUSE);
        while (i < limit && !isHardBoundary(text.at(i))) {
            i++;
        }
        return i;
    }

    static int sentenceStart(CodePointText text, int pos) {
        int i = pos;
        int limit = Math.max(0, pos - MAX_SENTENCE);
        while (i > limit && !isSentenceBoundary(text.at(i - 1))) {
            i--;
        }
        return i;
    }

    static int paragraphStart(CodePointText text, int pos) {
        int i = pos;
        int limit = Math.max(0, pos - MAX_PARAGRAPH);
        while (i > limit && text.at(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    /**
     * The quote of {@code figure}, [start, end): its clause, cut at every 、 that ends a statement, and trimmed of
     * list markers, bullets and bold marks. {@code all} holds every figure of the text.
     */
    static int[] quote(CodePointText text, Figure figure, List<Figure> all) {
        int start = hardStart(text, figure.start());
        int end = hardEnd(text, figure.end());
        for (Figure g : all) {
            if (g.end() < start || g.start() > end || !endsStatement(text, g, all)) {
                continue;
            }
            if (g.end() < figure.start()) {
                start = Math.max(start, g.end() + 1);
            } else if (g.end() >= figure.end()) {
                end = Math.min(end, g.end());
            }
        }
        return trim(text, start, end);
    }

    /** A 、 right after a figure ends its statement unless the next figure of a list follows at once. */
    private static boolean endsStatement(CodePointText text, Figure f, List<Figure> all) {
        if (text.at(f.end()) != '、') {
            return false;
        }
        for (Figure g : all) {
            if (g.start() == f.end() + 1) {
                return false;
            }
        }
        return true;
    }

    private static int[] trim(CodePointText text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && isMarker(text.at(s))) {
            s++;
        }
        s = afterListMarker(text, s, e);
        while (e > s && (isMarker(text.at(e - 1)))) {
            e--;
        }
        return new int[] {s, e};
    }

    /** Skips a list item's own number at a line start: "3.举办…", "(1)加快…", "（一）…", "二、…". */
    private static int afterListMarker(CodePointText text, int s, int e) {
        if (s > 0 && text.at(s - 1) != '\n' && !isMarker(text.at(s - 1))) {
            return s;
        }
        int d = s;
        boolean open = text.at(d) == '(' || text.at(d) == '（';
        if (open) {
            d++;
        }
        int digits = d;
        while (d < e && (CodePointText.isAsciiDigit(text.at(d)) || ChineseNumerals.isNumeral(text.at(d)))) {
            d++;
        }
        if (d == digits || d >= e) {
            return s;
        }
        int close = text.at(d);
        if (open ? (close == ')' || close == '）')
                : ((close == '.' || close == '．' || close == '、') && !CodePointText.isAsciiDigit(text.at(d + 1)))) {
            return d + 1;
        }
        return s;
    }

    private static boolean isMarker(int cp) {
        return cp == ' ' || cp == '\t' || cp == '*' || cp == '#' || cp == '-' || cp == '●' || cp == '•' || cp == '▲'
                || cp == '■' || cp == '◆' || cp == '\u3000' || cp == '\r';
    }
}
