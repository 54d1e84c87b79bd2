package org.yanhu.opendata.api.params;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import org.yanhu.opendata.api.error.BadRequest;
import org.yanhu.opendata.api.error.DomainException;
import org.yanhu.opendata.api.error.UnknownCode;
import org.yanhu.opendata.api.vocabulary.ClosedVocabulary;

/**
 * Converts typed query, path and header parameters, so that a value that does not convert is a 400
 * problem naming the parameter (and listing the codes of a closed vocabulary), where JAX-RS would answer
 * 404. Handles integers, booleans (true/false/1/0), ISO dates, decimals and {@link ClosedVocabulary} enums.
 */
@Provider
public class TypedParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, text -> Integer.valueOf(text.trim()),
                    " must be an integer");
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, text -> Long.valueOf(text.trim()), " must be an integer");
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, TypedParameterConverters::bool, " must be true or false");
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, LocalDate::parse, " must be an ISO 8601 date (YYYY-MM-DD)");
        }
        if (rawType == BigDecimal.class) {
            return (ParamConverter<T>) converter(name, text -> new BigDecimal(text.trim()),
                    " must be a number such as 400 or 29.8");
        }
        if (rawType.isEnum() && ClosedVocabulary.class.isAssignableFrom(rawType)) {
            return (ParamConverter<T>) vocabulary(name, (Class) rawType);
        }
        return null;
    }

    private static <E extends Enum<E> & ClosedVocabulary> ParamConverter<E> vocabulary(String name, Class<E> type) {
        return new ParamConverter<>() {
            @Override
            public E fromString(String value) {
                if (value == null) {
                    return null;
                }
                return ClosedVocabulary.byCode(type, value).orElseThrow(() -> rejected(
                        new UnknownCode(name, value, ClosedVocabulary.codes(type))));
            }

            @Override
            public String toString(E value) {
                return value == null ? null : value.code();
            }
        };
    }

    private static <V> ParamConverter<V> converter(String name, Function<String, V> parse, String rule) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (NumberFormatException | DateTimeParseException e) {
                    throw rejected(new BadRequest(name, name + rule + ", got '" + value + "'"));
                }
            }

            @Override
            public String toString(V value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static Boolean bool(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw new NumberFormatException(value);
        };
    }

    /** A JAX-RS exception passes the converter's verdict through unchanged; the mapper answers the cause. */
    private static BadRequestException rejected(DomainException verdict) {
        return new BadRequestException(verdict);
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    return q.value();
                }
                if (a instanceof PathParam p) {
                    return p.value();
                }
                if (a instanceof HeaderParam h) {
                    return h.value();
                }
            }
        }
        return "parameter";
    }
}
