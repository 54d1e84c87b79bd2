package org.yanhu.opendata.indicators.extraction;

/** A text as an array of Unicode code points, so that every offset the extractor gives is a code point. */
final class CodePointText {

    /**
     * Traditional characters that the grammar's words use, each mapped to its simplified form one to one, so
     * that offsets do not move: 萬 is read as 万, 億 as 亿, 預計 as 预计. Quotes are cut from the text as written.
     */
    private static final String TRADITIONAL = "萬億兩個項條場處戶噸畝臺輛張頭隻間棟塊餘週歲裏內約過達較長劃確將預標實現擁發揮託區縣時規計務總產顧績結點頃門屆單";
    private static final String SIMPLIFIED  = "万亿两个项条场处户吨亩台辆张头只间栋块余周岁里内约过达较长划确将预标实现拥发挥托区县时规计务总产顾绩结点顷门届单";

    private final int[] cps;
    private final int[] written;

    CodePointText(String text) {
        this.written = text.codePoints().toArray();
        this.cps = new int[written.length];
        for (int i = 0; i < written.length; i++) {
            int k = written[i] < 0x10000 ? TRADITIONAL.indexOf(written[i]) : -1;
            cps[i] = k >= 0 ? SIMPLIFIED.charAt(k) : written[i];
        }
    }

    int length() {
        return cps.length;
    }

    /** The code point at {@code i}, or -1 outside the text. */
    int at(int i) {
        return i >= 0 && i < cps.length ? cps[i] : -1;
    }

    /** The text as written in [start, end). */
    String slice(int start, int end) {
        return new String(written, start, end - start);
    }

    /** The text in [start, end) as the grammar reads it (traditional characters simplified). */
    String normalized(int start, int end) {
        return new String(cps, start, end - start);
    }

    /** Whether {@code word} occurs at {@code i}. */
    boolean hasAt(int i, String word) {
        int n = 0;
        for (int k = 0; k < word.length(); ) {
            int cp = word.codePointAt(k);
            if (at(i + n) != cp) {
                return false;
            }
            n++;
            k += Character.charCount(cp);
        }
        return true;
    }

    /** Whether {@code word} ends exactly at {@code i} (exclusive). */
    boolean hasBefore(int i, String word) {
        int n = word.codePointCount(0, word.length());
        return i - n >= 0 && hasAt(i - n, word);
    }

    /** The first occurrence of {@code word} in [from, to), or -1. */
    int indexOf(String word, int from, int to) {
        int n = word.codePointCount(0, word.length());
        for (int i = Math.max(0, from); i + n <= to; i++) {
            if (hasAt(i, word)) {
                return i;
            }
        }
        return -1;
    }

    boolean contains(String word, int from, int to) {
        return indexOf(word, from, to) >= 0;
    }

    static int length(String word) {
        return word.codePointCount(0, word.length());
    }

    static boolean isAsciiDigit(int cp) {
        return (cp >= '0' && cp <= '9') || (cp >= '０' && cp <= '９');
    }

    static int digitValue(int cp) {
        return cp >= '０' ? cp - '０' : cp - '0';
    }

    static boolean isLatinLetter(int cp) {
        return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= 'Ａ' && cp <= 'Ｚ') || (cp >= 'ａ' && cp <= 'ｚ');
    }
}
