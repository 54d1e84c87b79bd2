package org.yanhu.opendata.api.csv;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.yanhu.opendata.api.problem.ProblemResponses;

/**
 * Documents the CSV form of every page of items: each GET whose 200 answer is a page envelope
 * ({@code items} and {@code page}) is also offered as {@code text/csv} ({@link CsvBodyWriter} writes any
 * page), chosen by {@code Accept: text/csv} or {@code ?format=csv}, with {@code ?bom=true} for Excel. An
 * operation's own {@code @APIResponse} names only its JSON, so without this the document would say that
 * CSV is not served, and generated clients and validators would reject it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CsvRepresentations implements OASFilter {

    private static final String PREFIX = "#/components/schemas/";
    private static final String JSON = "application/json";

    /** Set in an application whose pages are CSV too (the data services); the gateway's own pages are not. */
    static final String ENABLED = "api.openapi.csv-pages";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (!enabled()) {
            return;
        }
        if (openAPI.getPaths() == null || openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        openAPI.getPaths().getPathItems().values().forEach(path -> {
            if (path.getGET() != null && isPage(path.getGET(), schemas)) {
                offerCsv(path.getGET());
            }
        });
    }

    private static boolean enabled() {
        try {
            return ConfigProvider.getConfig().getOptionalValue(ENABLED, Boolean.class).orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isPage(Operation operation, Map<String, Schema> schemas) {
        APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
        if (ok == null || ok.getContent() == null || ok.getContent().getMediaType(JSON) == null) {
            return false;
        }
        Schema schema = ok.getContent().getMediaType(JSON).getSchema();
        if (schema != null && schema.getRef() != null && schema.getRef().startsWith(PREFIX)) {
            schema = schemas.get(schema.getRef().substring(PREFIX.length()));
        }
        return schema != null && schema.getProperties() != null
                && schema.getProperties().containsKey("items") && schema.getProperties().containsKey("page");
    }

    private static void offerCsv(Operation operation) {
        Content content = operation.getResponses().getAPIResponse("200").getContent();
        if (content.getMediaType(CsvFormat.TEXT_CSV) == null) {
            content.addMediaType(CsvFormat.TEXT_CSV, OASFactory.createMediaType().schema(OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING)
                    .description("The page's items as CSV (UTF-8, a header row, nested fields as dotted names); "
                            + "the next page's link is in the Link header")));
        }
        // A format or bom the service cannot read is a 400, and a representation it does not have a 406.
        if (operation.getResponses().getAPIResponse("400") == null) {
            operation.getResponses().addAPIResponse("400", OASFactory.createAPIResponse()
                    .ref(ProblemResponses.BAD_REQUEST));
        }
        if (operation.getResponses().getAPIResponse("406") == null) {
            operation.getResponses().addAPIResponse("406", OASFactory.createAPIResponse()
                    .ref(ProblemResponses.NOT_ACCEPTABLE));
        }
        List<Parameter> parameters = operation.getParameters();
        if (!has(parameters, "format")) {
            operation.addParameter(OASFactory.createParameter().name("format").in(Parameter.In.QUERY)
                    .description("json (the default) or csv: the same as Accept: application/json or text/csv, "
                            + "for a link a browser can open")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                            .enumeration(List.of("json", "csv"))));
        }
        if (!has(parameters, "bom")) {
            operation.addParameter(OASFactory.createParameter().name("bom").in(Parameter.In.QUERY)
                    .description("With CSV: true prefixes a UTF-8 byte-order mark, so that Excel reads Chinese")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN).defaultValue(false)));
        }
    }

    private static boolean has(List<Parameter> parameters, String name) {
        return parameters != null && parameters.stream().anyMatch(p -> name.equals(p.getName()));
    }
}
