package org.yanhu.opendata.gateway.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yanhu.opendata.gateway.config.GatewayConfig;
import org.yanhu.opendata.gateway.upstream.UpstreamClient;
import org.yanhu.opendata.gateway.upstream.UpstreamReply;

/**
 * Asks both services for what a region profile needs: the region and its latest figures from
 * indicators-service, project counts from projects-service. {@link RegionProfileAssembly} puts the
 * answers together.
 */
@ApplicationScoped
public class RegionProfileClient {

    private static final String INDICATORS = "indicators";
    private static final String PROJECTS = "projects";

    @Inject
    UpstreamClient client;

    @Inject
    ObjectMapper mapper;

    @Inject
    GatewayConfig config;

    public Future<RegionProfile> profile(String code, String requestId) {
        Future<UpstreamReply> regions = client.getJson(INDICATORS, "/api/v1/regions?limit=1000", "region-profile",
                requestId);
        Future<UpstreamReply> latest = client.getJson(INDICATORS, "/api/v1/observations?latest=true&region=" + code
                + "&limit=1000", "region-profile", requestId);
        Future<UpstreamReply> stats = client.getJson(PROJECTS, "/api/v1/projects/stats?region=" + code,
                "region-profile", requestId);
        RegionProfileAssembly assembly = new RegionProfileAssembly(mapper, config.profile().headlineIndicators());
        return Future.join(regions, latest, stats).transform(done -> Future.succeededFuture(
                assembly.assemble(code, regions, latest, stats)));
    }
}

