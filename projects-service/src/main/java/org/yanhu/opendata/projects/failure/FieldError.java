package org.yanhu.opendata.projects.failure;

/** One invalid field of a write, named by its full path ({@code projects[3].releases[0].quote}). */
public record FieldError(String field, String message) {
}
