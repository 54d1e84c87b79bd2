package org.yanhu.opendata.projects.rest.param;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.yanhu.opendata.api.problem.ProblemMappers;

/** Answers a query value of the wrong form with its 400 problem, as every other problem is answered. */
public class InvalidQueryValueMapper {

    private static final ProblemMappers PROBLEMS = new ProblemMappers();

    @ServerExceptionMapper
    public Response invalidQueryValue(InvalidQueryValue e, ContainerRequestContext request) {
        return PROBLEMS.problem(e.problem(), request);
    }
}
