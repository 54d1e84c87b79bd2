package org.yanhu.opendata.api.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Writes the closed vocabulary of a query parameter inline ({@code type: string, enum: [...]}) instead of a
 * {@code $ref} to the enum's component. The component stays for the bodies that use it. Generated clients
 * (openapi-generator's Java clients among them) treat a referenced schema on a query parameter as an object
 * to be serialized as a query string and do not compile; an inline enum they send as a plain value.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class EnumParameterSchemas implements OASFilter {

    private static final String PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        openAPI.getPaths().getPathItems().values().forEach(path -> {
            path.getOperations().values().forEach(operation -> inline(operation, schemas));
            if (path.getParameters() != null) {
                path.getParameters().forEach(parameter -> inline(parameter, schemas));
            }
        });
    }

    private static void inline(Operation operation, Map<String, Schema> schemas) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> inline(parameter, schemas));
        }
    }

    private static void inline(Parameter parameter, Map<String, Schema> schemas) {
        Schema schema = parameter.getSchema();
        if (schema == null) {
            return;
        }
        Object defaultValue = schema.getDefaultValue();
        Schema reference = schema;
        if (schema.getRef() == null && schema.getAllOf() != null) {
            // A parameter with a default is written allOf: [{$ref}, {default}].
            reference = null;
            for (Schema part : schema.getAllOf()) {
                if (part.getRef() != null) {
                    reference = part;
                } else if (part.getDefaultValue() != null) {
                    defaultValue = part.getDefaultValue();
                }
            }
        }
        if (reference == null || reference.getRef() == null || !reference.getRef().startsWith(PREFIX)) {
            return;
        }
        Schema target = schemas.get(reference.getRef().substring(PREFIX.length()));
        if (target == null || target.getEnumeration() == null || target.getEnumeration().isEmpty()) {
            return;
        }
        parameter.setSchema(OASFactory.createSchema().type(target.getType()).enumeration(target.getEnumeration())
                .description(target.getDescription()).defaultValue(defaultValue));
    }
}
