package org.yanhu.opendata.projects;

import jakarta.persistence.Entity;
import java.util.Arrays;
import java.util.List;
import org.yanhu.opendata.api.provenance.PublishedDocument;

/** A published document that statuses, metrics, pledges and outcomes are quoted from. */
@Entity
public class SourceDocument extends PublishedDocument {

    /** Periods the document reports results for, separated by ';' (2025;2021-2025). */
    public String reviewedPeriods;
    /** Periods the document sets plans for, separated by ';'. */
    public String plannedPeriods;

    public List<String> reviews() {
        return split(reviewedPeriods);
    }

    public List<String> plans() {
        return split(plannedPeriods);
    }

    /** Whether the document reports results for a period that includes the year. */
    public boolean reviewsYear(int year) {
        for (String period : reviews()) {
            int start = Integer.parseInt(period.substring(0, 4));
            int end = period.length() > 4 ? Integer.parseInt(period.substring(5)) : start;
            if (start <= year && year <= end) {
                return true;
            }
        }
        return false;
    }

    /** The stored form of a list of periods. */
    public static String join(List<String> periods) {
        return String.join(";", periods);
    }

    static List<String> split(String periods) {
        return periods == null || periods.isBlank() ? List.of()
                : Arrays.stream(periods.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
