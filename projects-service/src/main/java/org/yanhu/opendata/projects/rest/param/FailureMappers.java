package org.yanhu.opendata.projects.rest.param;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.yanhu.opendata.api.problem.Problem;
import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.api.problem.ProblemMappers;
import org.yanhu.opendata.projects.failure.Conflict;
import org.yanhu.opendata.projects.failure.Invalid;
import org.yanhu.opendata.projects.failure.NotFound;

/** The service's failures as problems. */
public class FailureMappers {

    private static final ProblemMappers PROBLEMS = new ProblemMappers();

    @ServerExceptionMapper
    public Response notFound(NotFound e, ContainerRequestContext request) {
        return PROBLEMS.problem(new ProblemException(404, "not-found", "Not found", e.getMessage(), null, null),
                request);
    }

    @ServerExceptionMapper
    public Response conflict(Conflict e, ContainerRequestContext request) {
        return PROBLEMS.problem(new ProblemException(409, "conflict", "Conflict", e.getMessage(), null, null),
                request);
    }

    @ServerExceptionMapper
    public Response invalid(Invalid e, ContainerRequestContext request) {
        return PROBLEMS.problem(ProblemException.unprocessable(e.getMessage(), e.errors().stream()
                .map(f -> new Problem.FieldError(f.field(), f.message())).toList()), request);
    }
}
