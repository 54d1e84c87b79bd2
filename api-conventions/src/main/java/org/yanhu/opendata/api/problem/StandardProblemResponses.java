package org.yanhu.opendata.api.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem responses that follow from what an operation is, so that resources declare only
 * the ones particular to them (409, 412, 415, 422 ...): an operation that takes query parameters or a body
 * can be a 400, one with a security requirement a 401, and one that names something by a path parameter a
 * 404. A response an operation declares itself is kept. Problem responses are listed by status, after the
 * successful ones in the order the operation gives them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StandardProblemResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values()
                .forEach(operation -> describe(operation, path)));
    }

    static void describe(Operation operation, PathItem path) {
        if (operation.getResponses() == null) {
            return;
        }
        if (takes(Parameter.In.QUERY, operation, path) || operation.getRequestBody() != null) {
            addUnlessDeclared(operation, "400", ProblemResponses.BAD_REQUEST);
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            addUnlessDeclared(operation, "401", ProblemResponses.UNAUTHORIZED);
        }
        if (takes(Parameter.In.PATH, operation, path)) {
            addUnlessDeclared(operation, "404", ProblemResponses.NOT_FOUND);
        }
        operation.getResponses().setAPIResponses(problemsByStatus(operation.getResponses()));
    }

    private static boolean takes(Parameter.In where, Operation operation, PathItem path) {
        List<Parameter> parameters = new ArrayList<>();
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        if (path.getParameters() != null) {
            parameters.addAll(path.getParameters());
        }
        return parameters.stream().anyMatch(p -> p.getIn() == where);
    }

    private static void addUnlessDeclared(Operation operation, String status, String problem) {
        if (operation.getResponses().getAPIResponse(status) == null) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref(problem));
        }
    }

    /** The successful (and other non-problem) responses as given, then the problem responses by status. */
    private static Map<String, APIResponse> problemsByStatus(APIResponses responses) {
        Map<String, APIResponse> ordered = new LinkedHashMap<>();
        Map<String, APIResponse> all = responses.getAPIResponses();
        all.forEach((status, response) -> {
            if (!isProblem(status)) {
                ordered.put(status, response);
            }
        });
        all.keySet().stream().filter(StandardProblemResponses::isProblem).sorted()
                .forEach(status -> ordered.put(status, all.get(status)));
        return ordered;
    }

    private static boolean isProblem(String status) {
        return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
    }
}
