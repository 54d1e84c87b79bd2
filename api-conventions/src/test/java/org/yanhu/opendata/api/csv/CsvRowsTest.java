package org.yanhu.opendata.api.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    record UnitRow(String code, String nameEn, String baseUnit, BigDecimal multiplier) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static List<UnitRow> read(String csv) throws IOException {
        return CsvRows.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), UnitRow.class, JSON);
    }

    @Test
    void theHeaderNamesTheFieldsInSnakeCase() throws IOException {
        assertEquals(List.of(new UnitRow("亿元", "100 million yuan", "CNY", new BigDecimal("100000000"))),
                read("code,name_en,base_unit,multiplier\n亿元,100 million yuan,CNY,100000000\n"));
    }

    @Test
    void anEmptyCellIsNull() throws IOException {
        assertEquals(List.of(new UnitRow("个", null, "count", BigDecimal.ONE)),
                read("code,name_en,base_unit,multiplier\n个,,count,1\n"));
    }

    @Test
    void anUnknownColumnIsRefused() {
        assertThrows(IOException.class, () -> read("code,colour\n个,red\n"));
    }
}
