package org.yanhu.opendata.projects.rest.param;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Locale;
import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.projects.ClosedVocabulary;

/**
 * Converts typed query parameters (integers, booleans and the closed vocabularies) so that a value of the
 * wrong form is a 400 problem naming the parameter and what it accepts. A blank value counts as absent.
 */
@Provider
public class TypedQueryParams implements ParamConverterProvider {

    private static final List<String> BOOLEANS = List.of("true", "false");

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) new IntegerValue(name, annotations);
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) new BooleanValue(name);
        }
        if (rawType.isEnum() && ClosedVocabulary.class.isAssignableFrom(rawType)) {
            return new CodeValue(name, rawType);
        }
        return null;
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return null;
    }

    private static boolean absent(String value) {
        return value == null || value.isBlank();
    }

    private record IntegerValue(String name, Long min, Long max) implements ParamConverter<Integer> {

        IntegerValue(String name, Annotation[] annotations) {
            this(name, bound(annotations, true), bound(annotations, false));
        }

        private static Long bound(Annotation[] annotations, boolean lower) {
            for (Annotation annotation : annotations) {
                if (lower && annotation instanceof Min min) {
                    return min.value();
                }
                if (!lower && annotation instanceof Max max) {
                    return max.value();
                }
            }
            return null;
        }

        @Override
        public Integer fromString(String value) {
            if (absent(value)) {
                return null;
            }
            try {
                return Integer.valueOf(value.trim());
            } catch (NumberFormatException e) {
                String range = min != null && max != null ? " between " + min + " and " + max : "";
                throw new InvalidQueryValue(ProblemException.badRequest(name, name + " must be an integer" + range
                        + ", got '" + value + "'"));
            }
        }

        @Override
        public String toString(Integer value) {
            return value == null ? null : value.toString();
        }
    }

    private record BooleanValue(String name) implements ParamConverter<Boolean> {

        @Override
        public Boolean fromString(String value) {
            if (absent(value)) {
                return null;
            }
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "true", "1" -> true;
                case "false", "0" -> false;
                default -> throw new InvalidQueryValue(ProblemException.unknownCode(name, value, BOOLEANS));
            };
        }

        @Override
        public String toString(Boolean value) {
            return value == null ? null : value.toString();
        }
    }

    private record CodeValue<E extends Enum<E> & ClosedVocabulary>(String name, Class<E> type) implements ParamConverter<E> {

        @Override
        public E fromString(String value) {
            if (absent(value)) {
                return null;
            }
            return ClosedVocabulary.byCode(type, value.trim()).orElseThrow(() -> new InvalidQueryValue(
                    ProblemException.unknownCode(name, value, ClosedVocabulary.codes(type))));
        }

        @Override
        public String toString(E value) {
            return value == null ? null : value.code();
        }
    }
}
