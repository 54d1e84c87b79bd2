package org.yanhu.opendata.api.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Lets a nullable reference be null. For {@code @Schema(nullable = true, description = ...)} on a field whose
 * type is a component, smallrye-openapi writes {@code anyOf: [{$ref}, {type: null}]} but sometimes keeps a
 * sibling {@code type: object} without {@code null} (which of the two it writes depends on the order it meets
 * the types in), and a validator then refuses the very {@code null} the annotation allows. Where a schema's
 * {@code anyOf} admits null, its own {@code type} admits it too.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableReferences implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        List<SchemaType> types = schema.getType();
        List<Schema> anyOf = schema.getAnyOf();
        if (types != null && !types.isEmpty() && !types.contains(SchemaType.NULL) && anyOf != null
                && anyOf.stream().anyMatch(NullableReferences::isNull)) {
            schema.addType(SchemaType.NULL);
        }
        return schema;
    }

    private static boolean isNull(Schema schema) {
        return schema.getRef() == null && List.of(SchemaType.NULL).equals(schema.getType());
    }
}
