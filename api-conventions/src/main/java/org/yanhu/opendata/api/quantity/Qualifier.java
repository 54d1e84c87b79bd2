package org.yanhu.opendata.api.quantity;

/**
 * A qualifier word of the reports and what it means for the figure it qualifies.
 *
 * @param word the word as written (突破, 以上, 余)
 * @param comparator how the figure relates to the stated value
 * @param approximation for {@link Comparator#APPROX} only, which side of the value; otherwise null
 * @param position whether the word stands before the number (突破400) or after it (400亿元以上)
 */
public record Qualifier(String word, Comparator comparator, Approximation approximation, Position position) {

    /** Where the word stands relative to the number it qualifies. */
    public enum Position {
        BEFORE_NUMBER, AFTER_NUMBER
    }
}
