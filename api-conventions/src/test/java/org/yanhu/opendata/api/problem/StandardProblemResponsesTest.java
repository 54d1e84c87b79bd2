package org.yanhu.opendata.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

class StandardProblemResponsesTest {

    private static Operation operation(String... declared) {
        Operation operation = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("ok")));
        for (String status : declared) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description("own"));
        }
        return operation;
    }

    private static Parameter parameter(Parameter.In where) {
        return OASFactory.createParameter().name("p").in(where);
    }

    private static List<String> statuses(Operation operation) {
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/x/{id}", OASFactory.createPathItem().GET(operation)));
        new StandardProblemResponses().filterOpenAPI(openAPI);
        return List.copyOf(operation.getResponses().getAPIResponses().keySet());
    }

    @Test
    void aQueryParameterCanBeABadRequest() {
        Operation operation = operation().addParameter(parameter(Parameter.In.QUERY));
        assertEquals(List.of("200", "400"), statuses(operation));
        assertEquals("#/components/responses/" + ProblemResponses.BAD_REQUEST,
                operation.getResponses().getAPIResponse("400").getRef());
    }

    @Test
    void aRequestBodyCanBeABadRequest() {
        Operation operation = operation().requestBody(OASFactory.createRequestBody());
        assertEquals(List.of("200", "400"), statuses(operation));
    }

    @Test
    void aSecurityRequirementCanBeUnauthorized() {
        Operation operation = operation().addSecurityRequirement(
                OASFactory.createSecurityRequirement().addScheme("apiKey"));
        assertEquals(List.of("200", "401"), statuses(operation));
        assertEquals("#/components/responses/" + ProblemResponses.UNAUTHORIZED,
                operation.getResponses().getAPIResponse("401").getRef());
    }

    @Test
    void aPathParameterCanBeNotFound() {
        Operation operation = operation().addParameter(parameter(Parameter.In.PATH));
        assertEquals(List.of("200", "404"), statuses(operation));
        assertEquals("#/components/responses/" + ProblemResponses.NOT_FOUND,
                operation.getResponses().getAPIResponse("404").getRef());
    }

    @Test
    void anOperationWithoutParametersBodyOrSecurityGetsNone() {
        assertEquals(List.of("200"), statuses(operation()));
    }

    @Test
    void aResponseTheOperationDeclaresIsKept() {
        Operation operation = operation("404").addParameter(parameter(Parameter.In.PATH));
        statuses(operation);
        APIResponse own = operation.getResponses().getAPIResponse("404");
        assertEquals("own", own.getDescription());
        assertEquals(null, own.getRef());
    }

    @Test
    void problemResponsesFollowTheSuccessfulOnesByStatus() {
        Operation operation = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("201", OASFactory.createAPIResponse().description("created"))
                .addAPIResponse("422", OASFactory.createAPIResponse().description("invalid"))
                .addAPIResponse("200", OASFactory.createAPIResponse().description("unchanged"))
                .addAPIResponse("409", OASFactory.createAPIResponse().description("conflict")))
                .requestBody(OASFactory.createRequestBody())
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("apiKey"));
        assertEquals(List.of("201", "200", "400", "401", "409", "422"), statuses(operation));
    }
}
