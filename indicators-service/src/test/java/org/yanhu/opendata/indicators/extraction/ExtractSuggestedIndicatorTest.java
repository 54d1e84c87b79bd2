package org.yanhu.opendata.indicators.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The suggested indicator: the known indicator whose name the quote covers best, among those of a fitting unit. */
class ExtractSuggestedIndicatorTest {

    private static final List<KnownIndicator> KNOWN = List.of(
            new KnownIndicator("GDP", "地区生产总值", "Gross domestic product", "亿元"),
            new KnownIndicator("FIXED_ASSET_INVESTMENT", "固定资产投资", "Fixed-asset investment", "亿元"),
            new KnownIndicator("FRUIT_OUTPUT", "水果产量", "Fruit output", "万吨"),
            new KnownIndicator("VEGETABLE_OUTPUT", "蔬菜产量", "Vegetable output", "万吨"),
            new KnownIndicator("OLD_COMPOUNDS", "老旧小区改造数", "Old compounds renovated", "个"),
            new KnownIndicator("SMALL_STREETS", "小街小巷改造数", "Small streets renovated", "条"),
            new KnownIndicator("NEW_URBAN_JOBS", "城镇新增就业人数", "New urban jobs", "人"));

    private static final FigureExtractor EXTRACTOR =
            new FigureExtractor(new NameOverlapSuggester(KNOWN, UnitTable.standard()));

    private static List<Candidate> in(String text) {
        return EXTRACTOR.extract(new SourceText("test", text, null));
    }

    @Test
    void theIndicatorWhoseNameTheQuoteCoversIsSuggested() {
        SuggestedIndicator s = in("全区地区生产总值突破400亿元大关").get(0).suggestedIndicator();
        assertEquals("GDP", s.code());
        assertEquals(1.0, s.score());
    }

    @Test
    void aUnitOfAnotherDimensionRulesAnIndicatorOut() {
        List<Candidate> found = in("58个老旧小区、20条小街小巷提升改造");
        assertEquals("OLD_COMPOUNDS", found.get(0).suggestedIndicator().code());
        assertEquals("SMALL_STREETS", found.get(1).suggestedIndicator().code());
    }

    @Test
    void eachFigureOfAnEnumerationGetsTheIndicatorOfItsItem() {
        List<Candidate> found = in("水果、蔬菜产量分别达到88万吨、10万吨");
        assertEquals("FRUIT_OUTPUT", found.get(0).suggestedIndicator().code());
        assertEquals("VEGETABLE_OUTPUT", found.get(1).suggestedIndicator().code());
    }

    @Test
    void nothingIsSuggestedWhenNoNameFits() {
        assertNull(in("新建5G基站2000座").get(0).suggestedIndicator());
    }

    @Test
    void withoutACatalogueNothingIsSuggested() {
        assertTrue(Figures.in("全区地区生产总值突破400亿元").stream().allMatch(c -> c.suggestedIndicator() == null));
    }
}
