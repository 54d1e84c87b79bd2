package org.yanhu.opendata.projects;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.yanhu.opendata.api.i18n.Label;

/** A code of a closed vocabulary: an enum whose constants carry the public code and its bilingual label. */
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
