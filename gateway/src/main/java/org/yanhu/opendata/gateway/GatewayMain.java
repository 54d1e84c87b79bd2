package org.yanhu.opendata.gateway;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the gateway with Quarkus's own check of the request target switched off
 * ({@code vertx.disableURIValidation}, read once as the HTTP layer loads). That check answers a target
 * that is not a valid URI ({@code %zz}, a raw {@code |}) with a bare 400, before any route could give it a
 * request id; the gateway's first routes make the same check and answer with a problem
 * ({@code RequestChecks}). The tests set the property in the surefire configuration.
 */
@QuarkusMain
public class GatewayMain {

    public static void main(String... args) {
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}
