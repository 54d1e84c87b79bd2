package org.yanhu.opendata.api.error;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RedefinitionsTest {

    @Test
    void aRowLikeThePublishedOneIsTheSame() {
        Redefinitions redefinitions = new Redefinitions();
        assertTrue(redefinitions.compare("units[0]", "unit", "亿元",
                Redefinitions.field("multiplier", new BigDecimal("100000000"), new BigDecimal("1E+8")),
                Redefinitions.field("parent_code", null, "")));
        assertDoesNotThrow(redefinitions::refuseAny);
    }

    @Test
    void aRowThatRedefinesAPublishedCodeIsAConflictNamingTheCode() {
        Redefinitions redefinitions = new Redefinitions();
        assertFalse(redefinitions.compare("units[3]", "unit", "亿元",
                Redefinitions.field("base_unit", "CNY", "CNY"),
                Redefinitions.field("multiplier", new BigDecimal("100000000"), new BigDecimal("10000"))));
        Conflict conflict = assertThrows(Conflict.class, redefinitions::refuseAny);
        assertEquals("1 reference row redefines a published code; nothing was imported", conflict.getMessage());
        assertEquals("units[3]", conflict.errors().get(0).field());
        assertTrue(conflict.errors().get(0).message().startsWith(
                "unit '亿元' is already published with multiplier 100000000, not 10000."), conflict.errors().get(0).message());
    }
}
