package org.yanhu.opendata.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    @Test
    void theDescribedProblemHasTheFieldsOfTheProblemRecord() {
        List<String> fields = Arrays.stream(Problem.class.getRecordComponents()).map(RecordComponent::getName)
                .map(SNAKE_CASE::translate).toList();
        assertEquals(fields, ProblemResponses.problemProperties());
    }

    @Test
    void everyProblemResponseHasADescriptionAndAnExample() {
        assertEquals(10, ProblemResponses.RESPONSES.size());
        ProblemResponses.RESPONSES.forEach((name, described) -> {
            assertEquals(2, described.length, name);
            assertEquals(true, described[1].contains("\"status\""), name);
        });
    }
}
