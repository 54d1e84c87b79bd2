package org.yanhu.opendata.indicators.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The cheapest endpoint of the service: the baseline that the benchmarks compare hot reads with. */
@Path("/api/v1/indicators-ping")
@Tag(name = "Reference lists")
public class PingResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "pingIndicators", summary = "Plain-text liveness answer, the benchmark baseline")
    @APIResponse(responseCode = "200", description = "Always ok", content = @Content(mediaType = MediaType.TEXT_PLAIN))
    public String ping() {
        return "ok";
    }
}
