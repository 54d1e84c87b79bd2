package org.yanhu.opendata.projects.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.yanhu.opendata.projects.service.CodeListCache;
import org.yanhu.opendata.projects.service.PledgeFilter;

/** The filters of the pledge scorecard; {@link PledgeListParams} adds those of the list. */
public class PledgeParams {

    @QueryParam("year")
    @Min(1949)
    @Max(2100)
    @Parameter(description = "Plan year", example = "2024")
    Integer year;

    @QueryParam("sector")
    @Parameter(description = "A sector or a sector group; the codes are listed at /api/v1/sectors", example = "social",
            extensions = @Extension(name = "x-code-list", value = "/api/v1/sectors"))
    String sector;

    @QueryParam("livelihood")
    @Parameter(description = "Only the livelihood pledges (true) or only the others (false)", example = "true")
    Boolean livelihood;

    public PledgeFilter filter(CodeListCache.Snapshot codes) {
        return new PledgeFilter(year, null, codes.requireSector(ProjectParams.text(sector)), livelihood, null);
    }
}
