package org.yanhu.opendata.indicators.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The cheapest endpoint of the service: the baseline that the benchmarks compare hot reads with. It is
 * operational, like /q/health, so it is not part of the public API or its document.
 */
@Path("/ping")
public class PingResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String ping() {
        return "ok";
    }
}
