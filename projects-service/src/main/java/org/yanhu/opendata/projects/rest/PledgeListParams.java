package org.yanhu.opendata.projects.rest;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.yanhu.opendata.projects.PledgeStatus;
import org.yanhu.opendata.projects.service.CodeListCache;
import org.yanhu.opendata.projects.service.PledgeFilter;

/** The filters of the pledge list: those of the scorecard, the derived status and text search. */
public class PledgeListParams extends PledgeParams {

    @QueryParam("status")
    @Parameter(description = "Derived status", example = "not_reported")
    PledgeStatus status;

    @QueryParam("q")
    @Parameter(description = "Text search in the Chinese and English pledge texts", example = "养老")
    String q;

    @Override
    public PledgeFilter filter(CodeListCache.Snapshot codes) {
        PledgeFilter counted = super.filter(codes);
        return new PledgeFilter(counted.year(), status, counted.sector(), counted.livelihood(), ProjectParams.text(q));
    }
}
