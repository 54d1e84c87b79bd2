package org.yanhu.opendata.gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yanhu.opendata.client.ApiClient;
import org.yanhu.opendata.client.api.IndicatorsApi;
import org.yanhu.opendata.client.api.ProjectsApi;
import org.yanhu.opendata.client.api.RegionProfilesApi;
import org.yanhu.opendata.client.api.SearchApi;
import org.yanhu.opendata.client.model.IndicatorPage;
import org.yanhu.opendata.client.model.IndicatorSummary;
import org.yanhu.opendata.client.model.Observation;
import org.yanhu.opendata.client.model.ObservationPage;
import org.yanhu.opendata.client.model.ProjectPage;
import org.yanhu.opendata.client.model.ProjectSummary;
import org.yanhu.opendata.client.model.RegionProfile;
import org.yanhu.opendata.client.model.SearchResults;

/**
 * Uses a client generated from the gateway's merged OpenAPI document against the running system,
 * the way a newsroom developer would. The client refuses any field the document does not declare,
 * so a document that lies about a shape fails here.
 */
class ClientEndToEndTest {

    private static ApiClient client;

    @BeforeAll
    static void connect() {
        client = new ApiClient();
        client.updateBaseUri(System.getProperty("e2e.gateway-url", "http://localhost:8080"));
        client.setObjectMapper(client.getObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true));
    }

    @Test
    void listsIndicatorsWithBilingualNames() throws Exception {
        IndicatorPage page = new IndicatorsApi(client).listIndicators(null, 20, null, null, null, null, null);
        assertFalse(page.getItems().isEmpty(), "the indicators list is empty");
        assertEquals(20, page.getPage().getLimit());
        for (IndicatorSummary indicator : page.getItems()) {
            assertNotNull(indicator.getCode());
            assertNotNull(indicator.getName().getZh(), indicator.getCode() + " has no Chinese name");
            assertNotNull(indicator.getName().getEn(), indicator.getCode() + " has no English name");
            assertNotNull(indicator.getUnit().getCode(), indicator.getCode() + " has no unit");
        }
    }

    @Test
    void readsTheObservationsOfOneIndicatorEachWithItsSource() throws Exception {
        IndicatorsApi indicators = new IndicatorsApi(client);
        List<IndicatorSummary> all = indicators.listIndicators(null, 1000, null, null, null, null, null).getItems();
        String code = all.stream().map(IndicatorSummary::getCode).filter("GDP"::equals).findFirst()
                .orElse(all.get(0).getCode());

        ObservationPage page = indicators.listIndicatorObservations(code, null, null, null, null, null, null, 100,
                null, null, null, null, null, null, null);
        assertFalse(page.getItems().isEmpty(), code + " has no observations");
        for (Observation observation : page.getItems()) {
            assertEquals(code, observation.getIndicator());
            assertNotNull(observation.getValue(), observation.getId() + " has no value");
            assertNotNull(observation.getBaseValue(), observation.getId() + " has no value in base units");
            assertNotNull(observation.getUnit().getCode(), observation.getId() + " has no unit");
            assertNotNull(observation.getSource().getPublishedOn(), observation.getId() + " has no source date");
            assertFalse(observation.getSource().getQuote().isBlank(), observation.getId() + " has no quote");
        }
    }

    @Test
    void listsTheProjectsOfOneSector() throws Exception {
        ProjectsApi projects = new ProjectsApi(client);
        ProjectPage first = projects.listProjects(null, null, 1, null, null, null, null, null, null, null, null, null, null);
        assertFalse(first.getItems().isEmpty(), "the projects list is empty");
        String sector = first.getItems().get(0).getSector().getCode();

        ProjectPage bySector = projects.listProjects(null, null, 1000, null, null, sector, null, null, null, null,
                null, null, null);
        assertFalse(bySector.getItems().isEmpty());
        for (ProjectSummary project : bySector.getItems()) {
            assertEquals(sector, project.getSector().getCode(), project.getId() + " is in another sector");
            assertNotNull(project.getName().getZh());
            assertNotNull(project.getStatus().getCode());
        }
    }

    @Test
    void searchesAcrossServices() throws Exception {
        SearchResults results = new SearchApi(client).search("旅游", 50, null);
        assertTrue(results.getComplete(), "a service did not answer: " + results.getSources());
        assertFalse(results.getItems().isEmpty(), "nothing found for 旅游");
        assertNotNull(results.getItems().get(0).getLink());
    }

    @Test
    void profilesTheDistrictFromBothServices() throws Exception {
        RegionProfile profile = new RegionProfilesApi(client).getRegionProfile("140802");
        assertTrue(profile.getComplete(), "unavailable: " + profile.getUnavailable());
        assertEquals("140802", profile.getRegion().getCode());
        assertFalse(profile.getHeadline().isEmpty(), "no headline figures");
        assertTrue(profile.getProjects().getTotal() > 0, "no projects counted");
    }
}
