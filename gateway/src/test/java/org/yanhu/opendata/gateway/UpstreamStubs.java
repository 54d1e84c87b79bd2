package org.yanhu.opendata.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * The services behind the gateway in tests: WireMock servers for indicators-service and
 * projects-service serving their real OpenAPI documents, a second indicators instance that is
 * down, a "flaky" upstream of two instances whose ports nobody listens on until a test starts servers there,
 * and a "spoiler" upstream that spoils connections on purpose ({@link SpoilingUpstream}).
 */
public class UpstreamStubs implements QuarkusTestResourceLifecycleManager {

    /**
     * Data versions for the stubs' answers, shared by every test of the application: the gateway keeps the newest
     * version it has seen per service, so a test that staged a lower one after another's higher one would read stale.
     */
    private static final java.util.concurrent.atomic.AtomicLong DATA_VERSIONS = new java.util.concurrent.atomic.AtomicLong(1_000_000L);

    /** A data version newer than any a stub has answered with before, with room for +1 and +2. */
    public static long nextDataVersion() {
        return DATA_VERSIONS.addAndGet(10);
    }

    private static WireMockServer indicators;
    private static WireMockServer projects;
    private static int flakyPort;
    private static int flakyPort2;
    private static int deadPort;
    private static SpoilingUpstream spoiler;

    @Override
    public Map<String, String> start() {
        indicators = new WireMockServer(options().dynamicPort().gzipDisabled(true)
                .containerThreads(20));
        projects = new WireMockServer(options().dynamicPort().gzipDisabled(true).containerThreads(20));
        indicators.start();
        projects.start();
        stageHealthAndDocument(indicators, "upstream/indicators-openapi.json");
        stageHealthAndDocument(projects, "upstream/projects-openapi.json");
        deadPort = freePort();
        flakyPort = freePort();
        flakyPort2 = freePort();
        spoiler = new SpoilingUpstream();
        int spoilerPort = spoiler.start();
        return Map.of(
                "wiremock.indicators.url", indicators.baseUrl(),
                "wiremock.projects.url", projects.baseUrl(),
                "wiremock.dead.url", "http://127.0.0.1:" + deadPort,
                "wiremock.flaky.url", "http://127.0.0.1:" + flakyPort,
                "wiremock.flaky2.url", "http://127.0.0.1:" + flakyPort2,
                "spoiler.url", "http://127.0.0.1:" + spoilerPort,
                "test.run-id", UUID.randomUUID().toString());
    }

    static void stageHealthAndDocument(WireMockServer server, String document) {
        server.stubFor(get(urlPathEqualTo("/q/health/ready")).atPriority(1).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"UP\",\"checks\":[]}")));
        if (document != null) {
            server.stubFor(get(urlPathEqualTo("/q/openapi")).atPriority(1).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json;charset=UTF-8").withBody(resource(document))));
        }
    }

    @Override
    public void stop() {
        if (indicators != null) {
            indicators.stop();
        }
        if (projects != null) {
            projects.stop();
        }
        if (spoiler != null) {
            spoiler.stop();
        }
    }

    /** The upstream "spoiler", which spoils connections on purpose. */
    public static SpoilingUpstream spoiler() {
        return spoiler;
    }

    public static WireMockServer indicators() {
        return indicators;
    }

    public static WireMockServer projects() {
        return projects;
    }

    /** The ports of the flaky upstream's two instances, where nothing listens unless a test starts a server. */
    public static int flakyPort() {
        return flakyPort;
    }

    public static int flakyPort2() {
        return flakyPort2;
    }

    public static int deadPort() {
        return deadPort;
    }

    public static String resource(String path) {
        try (InputStream in = UpstreamStubs.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
