package org.yanhu.opendata.api.error;

/** One invalid field or row: {@code observations[3].unit}, {@code limit}. */
public record FieldError(String field, String message) {
}
