package org.yanhu.opendata.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Field;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.yanhu.opendata.api.error.DomainException;
import org.yanhu.opendata.api.requestid.RequestIds;

/** Maps every exception a request can raise to an RFC 9457 problem, one method per kind. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "api.unavailable.retry-after", defaultValue = "2")
    long retryAfterSeconds;

    @ServerExceptionMapper
    public Response problem(ProblemException e, ContainerRequestContext request) {
        Response.ResponseBuilder builder = respond(request, e.status(), e.slug(), e.title(), e.getMessage(), e.errors());
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ResteasyReactiveViolationException e, ContainerRequestContext request) {
        return violations(e, request);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, ContainerRequestContext request) {
        return violations(e, request);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, ContainerRequestContext request) {
        String field = JsonBodyErrors.field(e);
        String detail = JsonBodyErrors.detail(e);
        List<Problem.FieldError> errors = field == null ? null : List.of(new Problem.FieldError(field, detail));
        return respond(request, 400, "malformed-body", "Malformed request body", detail, errors).build();
    }

    /** Quarkus maps this Jackson error itself; this mapper keeps it a problem. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, ContainerRequestContext request) {
        return unreadableJson(e, request);
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, ContainerRequestContext request) {
        return respond(request, 406, "not-acceptable", "Not acceptable",
                "This resource is offered as application/json and text/csv (or ?format=csv); the request asked for "
                        + request.getHeaderString("Accept"), null).build();
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, ContainerRequestContext request) {
        return respond(request, 415, "unsupported-media-type", "Unsupported media type",
                "Content-Type " + request.getHeaderString("Content-Type") + " is not accepted by this operation", null)
                .build();
    }

    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException e, ContainerRequestContext request) {
        java.util.Set<String> allowed = e.getResponse().getAllowedMethods();
        Response.ResponseBuilder builder = respond(request, 405, "method-not-allowed", "Method not allowed",
                request.getMethod() + " is not allowed on " + request.getUriInfo().getPath()
                        + (allowed.isEmpty() ? "" : "; allowed: " + String.join(", ", allowed)), null);
        builder.allow(e.getResponse().getAllowedMethods());
        return builder.build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, ContainerRequestContext request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, request);
        }
        if (e.getCause() instanceof DomainException domain) {
            return DomainProblemMappers.map(domain, request);
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // JAX-RS answers a query or path parameter that fails conversion with 404; it is a bad parameter.
            String why = JsonBodyErrors.isApiText(e.getCause().getMessage()) ? ": " + e.getCause().getMessage() : "";
            return respond(request, 400, "invalid-parameter", "Invalid parameter",
                    "A parameter has the wrong form" + why, null).build();
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String detail = status == 404 ? "No resource at " + request.getUriInfo().getPath() : e.getMessage();
        return respond(request, status, slug(title), title, detail, null).build();
    }

    /**
     * The database cannot be reached: a 503 with Retry-After, whatever layer the failure surfaced in
     * (Agroal, the JDBC driver, Hibernate, a transaction); the readiness check goes DOWN meanwhile.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext request) {
        if (MissingPrivilege.isCause(e)) {
            // Loud: nothing recovers until an operator fixes the grants.
            LOG.errorf(e, "Database privilege refused on %s %s (SQLState %s): a database role of this service "
                    + "lacks a grant it needs (the read datasource's role needs SELECT on every table); fix the "
                    + "grants, no request can", request.getMethod(), request.getUriInfo().getPath(),
                    MissingPrivilege.SQL_STATE);
            return respond(request, 503, "service-unavailable", "Service unavailable",
                    "The service cannot read its data because of a fault in its own configuration, not in the "
                            + "request; quote the request id when you report it", null)
                    .header("Retry-After", Long.toString(retryAfterSeconds)).build();
        }
        if (DatabaseOutage.isCause(e)) {
            LOG.warnf("Database unavailable on %s %s: %s", request.getMethod(), request.getUriInfo().getPath(),
                    e.getMessage());
            return respond(request, 503, "service-unavailable", "Service unavailable",
                    "The service cannot reach its database just now; try again in a few seconds", null)
                    .header("Retry-After", Long.toString(retryAfterSeconds)).build();
        }
        LOG.errorf(e, "Unhandled error on %s %s", request.getMethod(), request.getUriInfo().getRequestUri());
        return respond(request, 500, "internal-error", "Internal server error",
                "An unexpected error occurred; quote the request id when you report it", null).build();
    }

    private static Response violations(ConstraintViolationException e, ContainerRequestContext request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .toList();
        boolean bodyProblem = e.getConstraintViolations().stream().anyMatch(ProblemMappers::isBodyViolation);
        int status = bodyProblem ? 422 : 400;
        String detail = errors.stream().map(err -> err.field() + ": " + err.message()).collect(Collectors.joining("; "));
        return respond(request, status, bodyProblem ? "validation-failed" : "invalid-parameter",
                bodyProblem ? "Validation failed" : "Invalid parameter", detail, errors).build();
    }

    /**
     * A violation inside a request body is a 422; one on a parameter, or on a field of a {@code @BeanParam}
     * class (whose fields carry {@code @QueryParam} and the like), is a 400.
     */
    private static boolean isBodyViolation(ConstraintViolation<?> v) {
        boolean property = false;
        for (Path.Node node : v.getPropertyPath()) {
            property |= node.getKind() == jakarta.validation.ElementKind.PROPERTY;
        }
        return property && v.getLeafBean() != null && !isParameterBean(v.getLeafBean().getClass());
    }

    private static boolean isParameterBean(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (parameterName(field) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String parameterName(Field field) {
        if (field.isAnnotationPresent(QueryParam.class)) {
            return field.getAnnotation(QueryParam.class).value();
        }
        if (field.isAnnotationPresent(PathParam.class)) {
            return field.getAnnotation(PathParam.class).value();
        }
        if (field.isAnnotationPresent(HeaderParam.class)) {
            return field.getAnnotation(HeaderParam.class).value();
        }
        return null;
    }

    /** The name the client used: the query parameter's name for a {@code @BeanParam} field ({@code as_of}). */
    private static String fieldName(ConstraintViolation<?> v) {
        String last = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getName() != null) {
                last = node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName();
            }
        }
        if (last != null && v.getLeafBean() != null) {
            for (Class<?> c = v.getLeafBean().getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                try {
                    String name = parameterName(c.getDeclaredField(last));
                    if (name != null) {
                        return name;
                    }
                } catch (NoSuchFieldException e) {
                    // not declared here; look in the superclass
                }
            }
        }
        return last;
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    static Response.ResponseBuilder respond(ContainerRequestContext request, int status, String slug, String title,
            String detail, List<Problem.FieldError> errors) {
        String requestId = RequestIds.of(request);
        Problem body = new Problem(Problem.TYPE_BASE + slug, title, status, detail,
                request.getUriInfo().getRequestUri().getRawPath()
                        + (request.getUriInfo().getRequestUri().getRawQuery() == null ? ""
                                : "?" + request.getUriInfo().getRequestUri().getRawQuery()),
                requestId, errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    }
}
