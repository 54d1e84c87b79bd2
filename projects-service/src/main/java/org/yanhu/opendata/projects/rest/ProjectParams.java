package org.yanhu.opendata.projects.rest;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.projects.service.CodeLists;
import org.yanhu.opendata.projects.service.ProjectFilter;

/** The filters of project lists and stats, parsed into a filter with a 400 for anything malformed or unknown. */
public class ProjectParams {

    @QueryParam("sector")
    @Parameter(description = "A sector or a sector group: energy matches energy.solar, energy.grid ... "
            + "(see /api/v1/sectors)", example = "energy",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"energy", "energy.solar", "energy.storage",
                "energy.grid", "energy.heat", "transport", "transport.road", "transport.logistics", "water",
                "water.irrigation", "water.sanitation", "water.flood", "water.supply", "environment",
                "environment.ecology", "environment.pollution", "culture", "culture.heritage", "culture.tourism",
                "culture.events", "culture.public", "industry", "industry.manufacturing", "industry.parks",
                "industry.digital", "industry.pharma", "agriculture", "agriculture.farmland",
                "agriculture.processing", "agriculture.fishery", "agriculture.seed", "agriculture.brand", "commerce",
                "commerce.consumption", "commerce.ecommerce", "commerce.trade", "urban", "urban.renewal",
                "urban.newtown", "urban.property", "urban.safety", "education", "education.preschool",
                "education.school", "health", "health.hospital", "health.primary", "health.screening", "social",
                "social.eldercare", "social.childcare", "social.employment", "social.welfare", "governance",
                "governance.services", "governance.security", "governance.reform"}))
    String sector;

    @QueryParam("status")
    @Parameter(description = "Current status (see /api/v1/project-statuses)", example = "operational",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"planned", "under_construction", "completed",
                    "operational", "ongoing"}))
    String status;

    @QueryParam("year")
    @Parameter(description = "The year the project's first status refers to", example = "2025",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1949", maximum = "2100"))
    String year;

    @QueryParam("region")
    @Parameter(description = "GB/T 2260 region code: a county (140802) or every county of a city (140800) or "
            + "province (140000). Every project of the reports lies in 140802.", example = "140802",
            schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{6}$"))
    String region;

    @QueryParam("town")
    @Parameter(description = "A town, village or street as the text writes it; a project naming several matches "
            + "each", example = "解州")
    String town;

    @QueryParam("source")
    @Parameter(description = "Only projects with a release from this source document", example = "004_006121198c1df0a0",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"000_1861cacfb8655aea", "004_006121198c1df0a0"}))
    String source;

    @QueryParam("has_metrics")
    @Parameter(description = "Only projects for which the text gives numbers (true), or none (false)",
            example = "true", schema = @Schema(type = SchemaType.BOOLEAN))
    String hasMetrics;

    @QueryParam("q")
    @Parameter(description = "Text search in the Chinese and English names and descriptions", example = "光伏")
    String q;

    public ProjectFilter filter(CodeLists codeLists) {
        String regionCode = QueryValues.text(region);
        if (regionCode != null && !regionCode.matches("\\d{6}")) {
            throw ProblemException.badRequest("region", "region must be a 6-digit GB/T 2260 code such as 140802, got '"
                    + regionCode + "'");
        }
        return new ProjectFilter(codeLists.checkSector(QueryValues.text(sector)),
                codeLists.checkStatus(QueryValues.text(status)), QueryValues.year("year", year), regionCode,
                QueryValues.text(town), codeLists.checkSource(QueryValues.text(source)),
                QueryValues.bool("has_metrics", hasMetrics), QueryValues.text(q));
    }
}
