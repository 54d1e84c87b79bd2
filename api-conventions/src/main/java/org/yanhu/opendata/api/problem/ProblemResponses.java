package org.yanhu.opendata.api.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The problem responses, described once for the OpenAPI document: resources write
 * {@code @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)} instead of repeating the
 * content, schema and example. Registered as a build-time filter; it also adds the {@code Problem} and
 * {@code FieldError} schemas when no operation names them directly.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String NOT_FOUND = "NotFound";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
    public static final String CONFLICT = "Conflict";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String UNPROCESSABLE = "UnprocessableContent";
    public static final String PRECONDITION_REQUIRED = "PreconditionRequired";
    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";

    /** Each response: its description and an example body. */
    static final Map<String, String[]> RESPONSES = responses();

    private static Map<String, String[]> responses() {
        Map<String, String[]> all = new LinkedHashMap<>();
        all.put(BAD_REQUEST, new String[] {"A malformed parameter, or a code that is not in its code list: the "
                + "problem names the parameter and lists the allowed values", """
                {"type":"https://yanhu-opendata.org/problems/unknown-code","title":"Unknown code","status":400,
                "detail":"Unknown kind 'forecast'. Allowed values: actual, target",
                "instance":"/api/v1/observations?kind=forecast","request_id":"0b5c8a8e-4d0e-4a53-9f5e-7c1f2b3a4d5e",
                "errors":[{"field":"kind","message":"Unknown kind 'forecast'. Allowed values: actual, target"}]}"""});
        all.put(UNAUTHORIZED, new String[] {"A missing or invalid API key", """
                {"type":"https://yanhu-opendata.org/problems/unauthorized","title":"Unauthorized","status":401,
                "detail":"The API key is not valid","instance":"/api/v1/observations/import"}"""});
        all.put(NOT_FOUND, new String[] {"Nothing has that id", """
                {"type":"https://yanhu-opendata.org/problems/not-found","title":"Not found","status":404,
                "detail":"No indicator with id 'GPD'","instance":"/api/v1/indicators/GPD"}"""});
        all.put(NOT_ACCEPTABLE, new String[] {"The Accept header asks for neither JSON nor CSV", """
                {"type":"https://yanhu-opendata.org/problems/not-acceptable","title":"Not acceptable","status":406,
                "detail":"This resource is offered as application/json and text/csv (or ?format=csv); the request asked for application/xml",
                "instance":"/api/v1/observations"}"""});
        all.put(CONFLICT, new String[] {"The write contradicts what is published; nothing is silently overwritten",
                """
                {"type":"https://yanhu-opendata.org/problems/conflict","title":"Conflict","status":409,
                "detail":"unit '亿元' is already defined differently; nothing was imported",
                "instance":"/api/v1/observations/import"}"""});
        all.put(PRECONDITION_FAILED, new String[] {"If-Match names a version that is no longer current; the "
                + "ETag header carries the current one", """
                {"type":"https://yanhu-opendata.org/problems/precondition-failed","title":"Precondition failed",
                "status":412,"detail":"The project has changed since you read it. Read it again, then retry.",
                "instance":"/api/v1/projects/guangran-150mw-solar"}"""});
        all.put(UNSUPPORTED_MEDIA_TYPE, new String[] {"The body is in a media type this operation does not read",
                """
                {"type":"https://yanhu-opendata.org/problems/unsupported-media-type","title":"Unsupported media type",
                "status":415,"detail":"Content-Type text/plain is not accepted by this operation",
                "instance":"/api/v1/observations/import"}"""});
        all.put(PAYLOAD_TOO_LARGE, new String[] {"The body, or a text in it, is over its documented limit", """
                {"type":"https://yanhu-opendata.org/problems/text-too-large","title":"Text too large","status":413,
                "detail":"The text has 612000 code points; at most 500000 are stored","instance":"/api/v1/sources",
                "errors":[{"field":"text","message":"at most 500000 code points"}]}"""});
        all.put(UNPROCESSABLE, new String[] {"Well-formed but invalid: every bad field or row is listed, and "
                + "nothing was written", """
                {"type":"https://yanhu-opendata.org/problems/validation-failed","title":"Validation failed",
                "status":422,"detail":"1 of 2 rows are invalid; nothing was imported",
                "instance":"/api/v1/observations/import",
                "errors":[{"field":"observations[1].unit","message":"unknown unit 'bananas'; see /api/v1/units"}]}"""});
        all.put(PRECONDITION_REQUIRED, new String[] {"The write needs If-Match with the ETag you read", """
                {"type":"https://yanhu-opendata.org/problems/precondition-required","title":"Precondition required",
                "status":428,"detail":"This write needs If-Match with the ETag of GET /api/v1/projects/guangran-150mw-solar",
                "instance":"/api/v1/projects/guangran-150mw-solar"}"""});
        return all;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        if (components.getSchemas() == null || !components.getSchemas().containsKey("FieldError")) {
            components.addSchema("FieldError", fieldErrorSchema());
        }
        if (!components.getSchemas().containsKey("Problem")) {
            components.addSchema("Problem", problemSchema());
        }
        RESPONSES.forEach((name, described) -> components.addResponse(name, response(described[0], name,
                described[1])));
    }

    private static APIResponse response(String description, String name, String example) {
        Example body = OASFactory.createExample().value(parsed(example));
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                                .addExample(name, body)));
    }

    /** The example as a JSON object, not a string holding JSON, so that it validates against its schema. */
    private static Object parsed(String example) {
        try {
            return EXAMPLE_READER.readValue(example, java.util.Map.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("A problem example is not JSON: " + example, e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper EXAMPLE_READER =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** The shape of {@link Problem}, for a document in which no operation names it directly. */
    static Schema problemSchema() {
        return OASFactory.createSchema().description("RFC 9457 problem details")
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("type", string())
                .addProperty("title", string())
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", string())
                .addProperty("instance", string())
                .addProperty("request_id", string())
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")));
    }

    static Schema fieldErrorSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", string())
                .addProperty("message", string());
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    /** The names of the properties of the hand-written Problem schema, for the test that keeps it honest. */
    static List<String> problemProperties() {
        return List.copyOf(problemSchema().getProperties().keySet());
    }
}
