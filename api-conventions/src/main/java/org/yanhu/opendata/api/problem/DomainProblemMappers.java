package org.yanhu.opendata.api.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.yanhu.opendata.api.error.BadRequest;
import org.yanhu.opendata.api.error.Conflict;
import org.yanhu.opendata.api.error.DomainException;
import org.yanhu.opendata.api.error.FieldError;
import org.yanhu.opendata.api.error.Invalid;
import org.yanhu.opendata.api.error.MalformedBody;
import org.yanhu.opendata.api.error.NotFound;
import org.yanhu.opendata.api.error.PreconditionRequired;
import org.yanhu.opendata.api.error.StaleVersion;
import org.yanhu.opendata.api.error.UnknownCode;

/** Turns each kind of domain exception into its problem details: one mapper per kind. */
public class DomainProblemMappers {

    @ServerExceptionMapper
    public Response notFound(NotFound e, ContainerRequestContext request) {
        return answer(request, 404, "not-found", "Not found", e).build();
    }

    @ServerExceptionMapper
    public Response conflict(Conflict e, ContainerRequestContext request) {
        return answer(request, 409, "conflict", "Conflict", e).build();
    }

    @ServerExceptionMapper
    public Response staleVersion(StaleVersion e, ContainerRequestContext request) {
        Response.ResponseBuilder builder = answer(request, 412, "precondition-failed", "Precondition failed", e);
        if (e.currentVersion() != null) {
            builder.header(HttpHeaders.ETAG, e.currentVersion());
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response preconditionRequired(PreconditionRequired e, ContainerRequestContext request) {
        return answer(request, 428, "precondition-required", "Precondition required", e).build();
    }

    @ServerExceptionMapper
    public Response invalid(Invalid e, ContainerRequestContext request) {
        return answer(request, 422, "validation-failed", "Validation failed", e).build();
    }

    @ServerExceptionMapper
    public Response unknownCode(UnknownCode e, ContainerRequestContext request) {
        return answer(request, 400, "unknown-code", "Unknown code", e).build();
    }

    @ServerExceptionMapper
    public Response badRequest(BadRequest e, ContainerRequestContext request) {
        return answer(request, 400, "invalid-parameter", "Invalid parameter", e).build();
    }

    @ServerExceptionMapper
    public Response malformedBody(MalformedBody e, ContainerRequestContext request) {
        return answer(request, 400, "malformed-body", "Malformed request body", e).build();
    }

    /** For a JAX-RS exception caused by a domain exception (a parameter converter's verdict). */
    static Response map(DomainException e, ContainerRequestContext request) {
        DomainProblemMappers mappers = new DomainProblemMappers();
        if (e instanceof NotFound n) {
            return mappers.notFound(n, request);
        } else if (e instanceof Conflict c) {
            return mappers.conflict(c, request);
        } else if (e instanceof StaleVersion s) {
            return mappers.staleVersion(s, request);
        } else if (e instanceof PreconditionRequired p) {
            return mappers.preconditionRequired(p, request);
        } else if (e instanceof Invalid i) {
            return mappers.invalid(i, request);
        } else if (e instanceof UnknownCode u) {
            return mappers.unknownCode(u, request);
        } else if (e instanceof MalformedBody m) {
            return mappers.malformedBody(m, request);
        }
        return mappers.badRequest((BadRequest) e, request);
    }

    private static Response.ResponseBuilder answer(ContainerRequestContext request, int status, String slug,
            String title, DomainException e) {
        List<Problem.FieldError> errors = e.errors().isEmpty() ? null
                : e.errors().stream().map(DomainProblemMappers::toProblem).toList();
        return ProblemMappers.respond(request, status, slug, title, e.getMessage(), errors);
    }

    private static Problem.FieldError toProblem(FieldError error) {
        return new Problem.FieldError(error.field(), error.message());
    }
}
