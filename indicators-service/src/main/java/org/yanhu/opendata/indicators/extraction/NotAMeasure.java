package org.yanhu.opendata.indicators.extraction;

import java.math.BigDecimal;

/**
 * The rules that say a number in the text is not a measure, even when a unit follows it. Each rule is one
 * method; {@link FigureReader} applies them all.
 */
final class NotAMeasure {

    private NotAMeasure() {
    }

    /** 第十七届, 第四次: an ordinal. (A rank such as 排名全市第一 is read separately.) */
    static boolean isOrdinal(CodePointText text, NumberToken n) {
        return text.at(n.start() - 1) == '第';
    }

    /**
     * 5G, 4A级, 3D, PM2.5, DeepSeek-R1: a number touching a Latin letter is part of a code or a name, unless the
     * letters after it are a unit of the table that ends there (120MW, 35kV, 18.6km).
     */
    static boolean isCode(CodePointText text, NumberToken n, UnitTable units) {
        if (CodePointText.isLatinLetter(text.at(n.start() - 1))) {
            return true;
        }
        if (CodePointText.isLatinLetter(text.at(n.end()))) {
            return units.readAfter(text, n.end())
                    .map(u -> CodePointText.isLatinLetter(text.at(u.end())) || CodePointText.isAsciiDigit(text.at(u.end())))
                    .orElse(true);
        }
        // PM<sub>2.5</sub>: a number inside sub- or superscript markup
        return text.at(n.start() - 1) == '>' && text.at(n.end()) == '<';
    }

    /** 7×24, “4+1”, 1:1: a number joined to another number by an operator is part of a name. */
    static boolean isJoinedToAnotherNumber(CodePointText text, NumberToken n) {
        return isOperator(text.at(n.start() - 1)) && isDigitLike(text.at(n.start() - 2))
                || isOperator(text.at(n.end())) && isDigitLike(text.at(n.end() + 1));
    }

    /** "1.为70周岁以上…", "（3）", "二、": a list item's number at the start of a line. */
    static boolean isListNumber(CodePointText text, NumberToken n) {
        int before = n.start() - 1;
        while (before >= 0 && isBulletOrSpace(text.at(before))) {
            before--;
        }
        boolean lineStart = before < 0 || text.at(before) == '\n';
        int after = text.at(n.end());
        if (lineStart && (after == '.' || after == '．' || after == '、' || after == ')' || after == '）')) {
            return true;
        }
        int open = text.at(n.start() - 1);
        return (open == '(' || open == '（') && (after == ')' || after == '）');
    }

    /** A number inside a short quoted name: “一刻钟”, “五个一批”, “7×24”. */
    static boolean isInsideName(boolean[] quotedNames, NumberToken n) {
        return quotedNames[n.start()];
    }

    /** 数十家, 几十万人, 若干: a vague count, not a figure. */
    static boolean isVague(CodePointText text, NumberToken n) {
        int before = text.at(n.start() - 1);
        return n.chinese() && (before == '数' || before == '几' || text.at(n.end()) == '几' || text.hasBefore(n.start(), "若干"));
    }

    /**
     * 一个, 一批, 一家 in Chinese numerals read as "a" or "an" before their noun. After its noun, closing the phrase,
     * 一 counts a concrete thing like any other numeral: 新建110千伏变电站一座、 (but 开展一次。, 建成一批。,
     * 每村一名 and 村均一名 are no counts).
     */
    static boolean isIndefiniteOne(CodePointText text, NumberToken n, UnitTable.Match unit) {
        if (!n.chinese() || n.value().compareTo(BigDecimal.ONE) != 0 || unit.scaled()) {
            return false;
        }
        boolean concrete = unit.use() == UnitTable.Use.COUNT || "个".equals(unit.written());
        return !(concrete && countsAfterItsNoun(text, n, unit) && !isDistributive(text, n));
    }

    /** 每村配备网格员一名, 村均一名: one for each, a ratio rather than a count. */
    private static boolean isDistributive(CodePointText text, NumberToken n) {
        int from = Clauses.hardStart(text, n.start());
        return text.contains("每", from, n.start()) || text.contains("均", from, n.start());
    }

    /** 变电站一座、, 照料中心三个，: the numeral follows its noun (a Han character) and closes the phrase. */
    private static boolean countsAfterItsNoun(CodePointText text, NumberToken n, UnitTable.Match unit) {
        return isHan(text.at(n.start() - 1)) && endsPhrase(text.at(unit.end()));
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(Math.max(cp, 0)) == Character.UnicodeScript.HAN;
    }

    /**
     * 一期、二期 in Chinese numerals name a project's phase (滨海大道二期, 科创园二期): a name, not a count. Sessions that
     * are counted are written in digits (培训班12期).
     */
    static boolean isPhaseName(NumberToken n, UnitTable.Match unit) {
        return n.chinese() && "期".equals(unit.written()) && n.value().compareTo(BigDecimal.TEN) < 0;
    }

    /**
     * 两个毫不动摇, 三条主线, 五位一体: small Chinese numerals with an abstract classifier are slogans, not counts
     * (十件民生实事, from ten up, is a count). A slogan puts its numeral before the noun; one that follows its noun
     * and ends the phrase counts it (新建照料中心三个，).
     */
    static boolean isSloganCount(CodePointText text, NumberToken n, UnitTable.Match unit) {
        return n.chinese() && unit.use() == UnitTable.Use.ABSTRACT_COUNT && !unit.scaled()
                && n.value().compareTo(BigDecimal.TEN) < 0 && !endsPhrase(text.at(unit.end()));
    }

    /** 十八届人大, 二十届三中全会: a session number names the session; it counts nothing. */
    static boolean isSessionNumber(CodePointText text, UnitTable.Match unit) {
        return "届".equals(unit.written()) && !endsPhrase(text.at(unit.end())) && text.at(unit.end()) != '的';
    }

    private static boolean endsPhrase(int cp) {
        return cp == -1 || cp == '、' || Clauses.isHardBoundary(cp);
    }

    /** 三个十天硬仗, 一小时经济圈: a duration in Chinese numerals is a phrase. */
    static boolean isDurationPhrase(NumberToken n, UnitTable.Match unit) {
        return n.chinese() && unit.use() == UnitTable.Use.DURATION;
    }

    /** 10万吨级码头, 百万千瓦级: a figure followed by 级 names a class. */
    static boolean isGrade(CodePointText text, UnitTable.Match unit) {
        return text.at(unit.end()) == '级';
    }

    /** 15分钟生活圈, 1小时经济圈: a distance in time that names an area. */
    static boolean isCircleName(CodePointText text, UnitTable.Match unit) {
        for (int i = unit.end(); i < unit.end() + 5 && i < text.length(); i++) {
            int cp = text.at(i);
            if (cp == '圈') {
                return true;
            }
            if (Clauses.isHardBoundary(cp) || cp == '、') {
                return false;
            }
        }
        return false;
    }

    /** 10千伏苏村线: a voltage class names a line; it does not measure anything. */
    static boolean isNameClass(UnitTable.Match unit) {
        return unit.use() == UnitTable.Use.NAME_CLASS;
    }

    private static boolean isOperator(int cp) {
        return cp == '×' || cp == '*' || cp == '+' || cp == '＋' || cp == '/' || cp == ':' || cp == '：' || cp == 'x'
                || cp == 'X' || cp == '✕' || cp == '︰' || cp == '∶' || cp == '·';
    }

    private static boolean isDigitLike(int cp) {
        return CodePointText.isAsciiDigit(cp) || ChineseNumerals.digit(cp) >= 0;
    }

    private static boolean isBulletOrSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '-' || cp == '*' || cp == '●' || cp == '•' || cp == '■' || cp == '◆'
                || cp == '▲' || cp == '\u3000';
    }
}
