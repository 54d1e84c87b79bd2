package org.yanhu.opendata.projects.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.yanhu.opendata.api.params.RegionCodes;
import org.yanhu.opendata.projects.ProjectStatusCode;
import org.yanhu.opendata.projects.service.CodeListCache;
import org.yanhu.opendata.projects.service.ProjectFilter;

/**
 * The filters of project lists and stats. Closed vocabularies are typed; the open ones (sector, source,
 * region) are strings that link to their code list, checked against it when they name a code.
 */
public class ProjectParams {

    @QueryParam("sector")
    @Parameter(description = "A sector or a sector group: energy matches energy.solar, energy.grid ... "
            + "The codes are listed at /api/v1/sectors.", example = "energy",
            extensions = @Extension(name = "x-code-list", value = "/api/v1/sectors"))
    String sector;

    @QueryParam("status")
    @Parameter(description = "Current status (see /api/v1/project-statuses)", example = "operational")
    ProjectStatusCode status;

    @QueryParam("year")
    @Min(1949)
    @Max(2100)
    @Parameter(description = "The year the project's first status refers to", example = "2025")
    Integer year;

    @QueryParam("region")
    @Pattern(regexp = RegionCodes.PATTERN, message = RegionCodes.MESSAGE)
    @Parameter(description = "GB/T 2260 region code: a county (140802) or every county of a city (140800) or "
            + "province (140000). Every project of the reports lies in 140802. The codes are listed at "
            + "/api/v1/regions.", example = "140802",
            extensions = @Extension(name = "x-code-list", value = "/api/v1/regions"))
    String region;

    @QueryParam("town")
    @Parameter(description = "A town, village or street as the text writes it; a project naming several matches "
            + "each", example = "解州")
    String town;

    @QueryParam("source")
    @Parameter(description = "Only projects with a release from this source document. The documents are listed "
            + "at /api/v1/sources.", example = "004_006121198c1df0a0",
            extensions = @Extension(name = "x-code-list", value = "/api/v1/sources"))
    String source;

    @QueryParam("has_metrics")
    @Parameter(description = "Only projects for which the text gives numbers (true), or none (false)",
            example = "true")
    Boolean hasMetrics;

    @QueryParam("q")
    @Parameter(description = "Text search in the Chinese and English names and descriptions", example = "光伏")
    String q;

    /** The filter; an open code that is not on its code list is refused, listing the known ones. */
    public ProjectFilter filter(CodeListCache.Snapshot codes) {
        return new ProjectFilter(codes.requireSector(text(sector)), status, year, text(region), text(town),
                codes.requireSource(text(source)), hasMetrics, text(q));
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
