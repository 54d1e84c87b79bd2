package org.yanhu.opendata.projects.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class SearchBigramsTest {

    @Test
    void aTextGivesEachPairOfConsecutiveCharactersOnce() {
        assertArrayEquals(new String[] {"光伏", "伏电", "电站"}, SearchBigrams.of("光伏电站"));
        assertArrayEquals(new String[] {"光伏", "伏光"}, SearchBigrams.of("光伏光伏"));
        assertArrayEquals(new String[] {"so", "ol", "la", "ar", "r ", " 光"}, SearchBigrams.of("solar 光"));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsOneCharacter() {
        assertArrayEquals(new String[] {"𠀀光"}, SearchBigrams.of("𠀀光"));
    }

    @Test
    void oneCharacterOrNoneGivesNoBigram() {
        assertArrayEquals(new String[0], SearchBigrams.of("光"));
        assertArrayEquals(new String[0], SearchBigrams.of(""));
    }
}
