package org.yanhu.opendata.projects.rest;

import org.yanhu.opendata.api.problem.ProblemException;

/** Parses the plain query values every list shares, answering 400 for anything malformed. */
final class QueryValues {

    private QueryValues() {
    }

    static Integer year(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.trim().matches("\\d{4}")) {
            throw ProblemException.badRequest(field, field + " must be a year such as 2025, got '" + value + "'");
        }
        int year = Integer.parseInt(value.trim());
        if (year < 1949 || year > 2100) {
            throw ProblemException.badRequest(field, field + " must be between 1949 and 2100, got " + year);
        }
        return year;
    }

    static Boolean bool(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase()) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw ProblemException.badRequest(field, field + " must be true or false, got '" + value + "'");
        };
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
