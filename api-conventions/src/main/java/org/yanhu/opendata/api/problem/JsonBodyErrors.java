package org.yanhu.opendata.api.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Says what is wrong with a JSON request body in the API's terms: the field's JSON path and the JSON
 * type or values expected ("a number", "an array", "one of: eq, gt"). Jackson's own messages name Java
 * classes and types, and limits by their Java names, so none of them reaches a client as it is.
 */
public final class JsonBodyErrors {

    /** A Java name: a package-qualified class, a nested class, a Java type keyword of Jackson's messages. */
    private static final Pattern JAVA_NAME = Pattern.compile(
            "(\\b[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*\\.[A-Za-z])|\\$|`|\\bjava\\b|\\bjakarta\\b"
                    + "|\\b(String|Integer|Long|Double|Float|Short|Byte|Boolean|Character|BigDecimal|BigInteger"
                    + "|ArrayList|List|Map|HashMap|LinkedHashMap|Set|Object|Collection|JsonNode|ObjectNode"
                    + "|ArrayNode|StreamReadConstraints|StreamReadFeature|JsonParser|JsonToken|DeserializationFeature)\\b");
    private static final Pattern ENUM_VALUES = Pattern.compile("accepted for Enum class: \\[([^\\]]*)\\]");

    private JsonBodyErrors() {
    }

    /** The JSON path of the field at fault ({@code metrics[0].value}), or null for the body as a whole. */
    public static String field(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException m)) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : m.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? null : path.toString();
    }

    /** What is wrong, for the problem's detail. */
    public static String detail(JsonProcessingException e) {
        String field = field(e);
        String subject = field == null ? "The request body" : "Field '" + field + "'";
        if (e instanceof UnrecognizedPropertyException u) {
            String allowed = u.getKnownPropertyIds() == null ? ""
                    : ". Allowed fields: " + u.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                            .collect(Collectors.joining(", "));
            return "Unknown field '" + (field == null ? u.getPropertyName() : field) + "'" + allowed;
        }
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            return "The request body exceeds a limit on JSON input: " + limit(e.getOriginalMessage());
        }
        if (e instanceof InvalidFormatException f) {
            return subject + " must be " + expected(f.getTargetType(), f.getOriginalMessage()) + "; got "
                    + shown(f.getValue());
        }
        if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause();
            String why = cause != null && cause.getMessage() != null && isApiText(cause.getMessage())
                    ? ": " + cause.getMessage() : "";
            return subject + " has a value this operation does not accept" + why;
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            String message = String.valueOf(m.getOriginalMessage());
            if (message.startsWith("Missing required") || message.contains("Null value for creator property")) {
                return subject + " is required";
            }
            return subject + " must be " + expected(m.getTargetType(), message);
        }
        if (e instanceof JsonMappingException) {
            return subject + " has a value this operation cannot read";
        }
        return "The request body is not valid JSON" + where(e.getLocation()) + reason(e.getOriginalMessage());
    }

    /** What a value of this Java type is in JSON. */
    static String expected(Class<?> type, String message) {
        if (type == null) {
            return "a value of the documented type";
        }
        if (type.isEnum()) {
            Matcher values = message == null ? null : ENUM_VALUES.matcher(message);
            return values != null && values.find() ? "one of: " + values.group(1)
                    : "one of the values the document lists";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "a date-time (ISO 8601, e.g. 2024-05-01T00:00:00Z)";
        }
        if (type == Year.class) {
            return "a year (e.g. 2023)";
        }
        if (JsonNode.class.isAssignableFrom(type)) {
            return "a JSON value of the documented shape";
        }
        if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
            return "an object";
        }
        return "a value of the documented type";
    }

    private static String limit(String message) {
        String m = String.valueOf(message);
        if (m.contains("Number value length") || m.contains("Number length")) {
            return "a number has more digits than the " + maximum(m) + " accepted";
        }
        if (m.contains("String value length") || m.contains("String length")) {
            return "a string is longer than the " + maximum(m) + " characters accepted";
        }
        if (m.contains("nesting depth")) {
            return "arrays and objects are nested deeper than the " + maximum(m) + " levels accepted";
        }
        if (m.contains("Name length") || m.contains("name length")) {
            return "a field name is longer than the " + maximum(m) + " characters accepted";
        }
        return "the document is larger than this API reads";
    }

    private static String maximum(String message) {
        Matcher m = Pattern.compile("maximum (?:allowed )?\\(?(\\d+)").matcher(message);
        return m.find() ? m.group(1) : "most";
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** Jackson's reason for a syntax error, when it can be said without Java names. */
    private static String reason(String message) {
        if (message == null) {
            return "";
        }
        String reason = message;
        for (String cut : new String[] {"\n", " at [Source", " (start marker at", "; line:"}) {
            int at = reason.indexOf(cut);
            if (at >= 0) {
                reason = reason.substring(0, at);
            }
        }
        reason = reason.replace("Object", "object").replace("Array", "array");
        return isApiText(reason) ? ": " + reason.trim() : "";
    }

    /** Whether a message can go to a client: it names no Java class, type or feature. */
    public static boolean isApiText(String message) {
        return message != null && !JAVA_NAME.matcher(message).find();
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() > 80 ? "'" + text.substring(0, 80) + "…'" : "'" + text + "'";
    }
}
