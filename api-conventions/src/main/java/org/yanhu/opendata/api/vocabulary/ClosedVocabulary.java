package org.yanhu.opendata.api.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.yanhu.opendata.api.i18n.Label;

/**
 * A code of a closed vocabulary (kind, comparator, status): an enum whose constants carry the public
 * code and its bilingual label. Such enums are enums in the OpenAPI document, and a query parameter of
 * that type that names no code is a 400 listing the codes (see {@code TypedParameterConverters}).
 * Implementations annotate {@code code()} with {@code @JsonValue}, so JSON and OpenAPI show the code.
 */
public interface ClosedVocabulary {

    String code();

    Label label();

    static <E extends Enum<E> & ClosedVocabulary> Optional<E> byCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    static List<String> codes(Class<? extends ClosedVocabulary> type) {
        return Arrays.stream(type.getEnumConstants()).map(ClosedVocabulary::code).toList();
    }
}
