package org.yanhu.opendata.gateway.rest;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PostConstruct;
import java.util.List;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.yanhu.opendata.api.problem.Problem;
import org.yanhu.opendata.api.requestid.RequestIds;
import org.yanhu.opendata.gateway.caching.AssembledAnswers;
import org.yanhu.opendata.gateway.caching.AssembledBytes;
import org.yanhu.opendata.gateway.caching.HttpCache;
import org.yanhu.opendata.gateway.profile.RegionProfile;
import org.yanhu.opendata.gateway.profile.RegionProfileClient;

@Path("/api/v1/regions/{code}/profile")
@Tag(name = "Region profiles", description = "A region at a glance, from every service")
public class RegionProfileResource {

    @Inject
    RegionProfileClient profiles;

    @Inject
    HttpCache cache;

    @Inject
    AssembledBytes bytes;

    @Inject
    MeterRegistry registry;

    private AssembledAnswers<String, RegionProfile> answers;

    @PostConstruct
    void create() {
        answers = new AssembledAnswers<>(cache, bytes, registry, "region-profile", List.of("indicators", "projects"),
                RegionProfile::complete, profile -> profile.headline().size() + (profile.projects() == null ? 0
                        : profile.projects().bySector().size() + profile.projects().byStatus().size()));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getRegionProfile", summary = "Profile of one region",
            description = """
                    The latest actual value of each headline indicator with its citation (from \
                    indicators-service), and the region's projects counted by sector and status (from \
                    projects-service). A service that does not answer leaves its part null and is listed in \
                    unavailable; complete is then false.""")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegionProfile.class),
                    examples = @ExampleObject(name = "yanhu", value = """
                            {"region":{"code":"140802","label":{"zh":"盐湖区","en":"Yanhu District"},"level":"county",
                            "parent":"140800"},"headline":[{"indicator":"GDP","name":{"zh":"地区生产总值",
                            "en":"Gross domestic product (GDP)"},"period":"2021-2025","comparator":"gt","value":400,
                            "unit":"亿元","unit_label":{"zh":"亿元","en":"100 million yuan"},"base_value":40000000000,
                            "base_unit":"CNY","source":{"id":"004_006121198c1df0a0","title":{"zh":"非凡“十四五” 奋战新征程",
                            "en":"An extraordinary 14th Five-Year Plan, a new journey"},"published_on":"2025-12-29",
                            "quote":"全区地区生产总值突破400亿元"},
                            "link":"/api/v1/indicators/GDP/observations?region=140802"}],"indicators_with_data":68,
                            "projects":{"total":211,"by_sector":[{"code":"culture.tourism",
                            "label":{"zh":"文化旅游","en":"Culture and tourism"},"count":13}],"by_status":[{"code":"completed",
                            "label":{"zh":"已完成","en":"completed"},"count":80}],"link":"/api/v1/projects"},
                            "complete":true,"unavailable":[],"links":{"observations":"/api/v1/observations?region=140802&latest=true",
                            "projects":"/api/v1/projects"}}""")))
    @APIResponse(responseCode = "400", description = "The code is not a 6-digit GB/T 2260 code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No region with that code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Neither service answered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<RegionProfile>> profile(
            @Parameter(description = "GB/T 2260 region code", example = "140802")
            @PathParam("code") @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 code such as 140802")
            String code,
            @Parameter(hidden = true) @HeaderParam(RequestIds.HEADER) String requestId,
            @Context HttpServerRequest request) {
        return Uni.createFrom().completionStage(() -> answers.get(code, request, () -> profiles.profile(code, requestId))
                .map(Answers::response).toCompletionStage());
    }
}
