package org.yanhu.opendata.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads through the gateway are public, so the merged document's root security is empty; a
 * service's document-wide requirement moves onto that service's own operations.
 */
final class SecurityRequirements {

    private SecurityRequirements() {
    }

    static void pushDownRootSecurity(ObjectNode document) {
        JsonNode security = document.remove("security");
        if (security == null) {
            return;
        }
        OpenApiTree.forEachOperation(document, (path, method, operation) -> {
            if (!operation.has("security")) {
                operation.set("security", security.deepCopy());
            }
        });
    }
}
