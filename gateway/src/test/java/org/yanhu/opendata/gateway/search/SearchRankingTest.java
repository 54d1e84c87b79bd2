package org.yanhu.opendata.gateway.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanhu.opendata.api.i18n.Label;

class SearchRankingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anExactIdOrNameScoresOneAStartEightTenthsAndAMatchElsewhereThreeTenths() {
        assertEquals(1.0, SearchRanking.score("gdp", "GDP", new Label("地区生产总值", "Gross domestic product")));
        assertEquals(1.0, SearchRanking.score("旅游", "x", new Label("旅游", null)));
        assertEquals(0.8, SearchRanking.score("旅游", "x", new Label("旅游收入", "Tourism revenue")));
        assertEquals(0.3, SearchRanking.score("旅游", "x", new Label("接待游客", "Tourist visits")));
    }

    @Test
    void aLongerShareOfTheNameScoresHigherAmongNamesThatContainTheQuery() {
        double half = SearchRanking.score("旅游", "x", new Label("全域旅游", null));
        double less = SearchRanking.score("旅游", "x", new Label("推动全域旅游发展", null));
        assertEquals(0.65, half);
        assertEquals(0.625, less);
    }

    @Test
    void hitsAreOrderedByScoreThenIndicatorsProjectsPledgesThenName() throws Exception {
        SearchClient.Target indicators = SearchClient.TARGETS.get(0);
        SearchClient.Target pledges = SearchClient.TARGETS.get(2);
        List<SearchHit> hits = new ArrayList<>(List.of(
                SearchRanking.hit(pledges, "旅游", JSON.readTree("{\"id\":\"p1\",\"text\":{\"zh\":\"旅游\"}}")),
                SearchRanking.hit(indicators, "旅游", JSON.readTree("{\"code\":\"T\",\"name\":{\"zh\":\"旅游\"}}")),
                SearchRanking.hit(indicators, "旅游", JSON.readTree(
                        "{\"code\":\"R\",\"name\":{\"zh\":\"旅游收入\"},\"link\":\"/api/v1/indicators/R\"}"))));
        hits.sort(SearchRanking.BEST_FIRST);
        assertEquals(List.of("T", "p1", "R"), hits.stream().map(SearchHit::id).toList());
        assertEquals("/api/v1/pledges/p1", hits.get(1).link());
    }
}
