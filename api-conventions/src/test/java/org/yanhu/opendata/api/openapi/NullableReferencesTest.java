package org.yanhu.opendata.api.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

class NullableReferencesTest {

    private final NullableReferences filter = new NullableReferences();

    private static Schema nullableReference(SchemaType... types) {
        return OASFactory.createSchema().type(List.of(types)).anyOf(List.of(
                OASFactory.createSchema().ref("#/components/schemas/Withdrawal"),
                OASFactory.createSchema().type(List.of(SchemaType.NULL))));
    }

    @Test
    void aNullableReferenceWithAnObjectTypeAdmitsNull() {
        assertEquals(List.of(SchemaType.OBJECT, SchemaType.NULL),
                filter.filterSchema(nullableReference(SchemaType.OBJECT)).getType());
    }

    @Test
    void aTypeThatAdmitsNullAlreadyIsLeftAsItIs() {
        assertEquals(List.of(SchemaType.OBJECT, SchemaType.NULL),
                filter.filterSchema(nullableReference(SchemaType.OBJECT, SchemaType.NULL)).getType());
    }

    @Test
    void aReferenceThatIsNotNullableStaysNonNullable() {
        Schema schema = OASFactory.createSchema().type(List.of(SchemaType.OBJECT))
                .anyOf(List.of(OASFactory.createSchema().ref("#/components/schemas/A"),
                        OASFactory.createSchema().ref("#/components/schemas/B")));
        assertEquals(List.of(SchemaType.OBJECT), filter.filterSchema(schema).getType());
    }
}
