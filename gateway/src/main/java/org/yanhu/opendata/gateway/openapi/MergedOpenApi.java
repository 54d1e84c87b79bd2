package org.yanhu.opendata.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.yanhu.opendata.gateway.caching.ConditionalGets;
import org.yanhu.opendata.gateway.config.GatewayConfig;
import org.yanhu.opendata.gateway.upstream.Upstream;
import org.yanhu.opendata.gateway.upstream.UpstreamClient;
import org.yanhu.opendata.gateway.upstream.Upstreams;

/**
 * The merged OpenAPI document. The services' documents are fetched at start-up, again every
 * refresh interval and whenever an instance comes back; the merge is redone only when one of them
 * changed. A service that cannot be reached keeps its last good document in the merge, and so does
 * one whose new document clashes with another's (logged as an error).
 */
@ApplicationScoped
public class MergedOpenApi {

    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);

    /** The merged document as served, in both formats, with its entity tag. */
    public record Rendered(byte[] json, byte[] yaml, String etag) {
    }

    @Inject
    GatewayConfig config;

    @Inject
    Upstreams upstreams;

    @Inject
    UpstreamClient client;

    @Inject
    OpenApiDocumentService ownDocument;

    @Inject
    Vertx vertx;

    @Inject
    ObjectMapper mapper;

    @Inject
    MeterRegistry registry;

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());

    /** The services' documents in the current merge, and the last one refused per service. */
    private final Map<String, JsonNode> merged = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> refused = new ConcurrentHashMap<>();
    private final OpenApiMerger merger = new OpenApiMerger();
    private volatile Rendered current;
    private volatile JsonNode gatewayDocument;
    private List<String> lastNotes = List.of();
    private long timer = -1;

    void start(@Observes StartupEvent event) {
        remerge();
        long waitMillis = config.openapi().startupWait().toMillis();
        try {
            refresh().toCompletionStage().toCompletableFuture().get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            LOG.infof("Not every service document arrived within %d ms; they are merged when they do", waitMillis);
        }
        timer = vertx.setPeriodic(Math.max(1000, config.openapi().refreshInterval().toMillis()), id -> refresh());
        upstreams.onRecovery(upstream -> fetch(upstream));
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    public Rendered current() {
        if (current == null) {
            remerge();
        }
        return current;
    }

    /** Fetches every service's document again and merges when one changed. */
    public Future<Void> refresh() {
        List<Future<Void>> fetches = new ArrayList<>();
        for (Upstream upstream : upstreams.all()) {
            fetches.add(fetch(upstream));
        }
        return Future.join(fetches).mapEmpty();
    }

    private Future<Void> fetch(Upstream upstream) {
        String path = upstream.config().openapiPath();
        if ("none".equals(path)) {
            return Future.succeededFuture();
        }
        String uri = path + (path.contains("?") ? "&" : "?") + "format=json";
        return client.getJson(upstream.name(), uri, "openapi", null).map(reply -> {
            if (!reply.isSuccess()) {
                LOG.warnf("The %s service answered %d for its OpenAPI document", upstream.name(), reply.status());
                return null;
            }
            JsonNode document = reply.json(mapper);
            if (!document.equals(merged.get(upstream.name())) && !document.equals(refused.get(upstream.name()))) {
                LOG.infof("OpenAPI document of %s %s; merging again", upstream.name(),
                        merged.containsKey(upstream.name()) ? "changed" : "arrived");
                offer(upstream.name(), document);
            }
            return (Void) null;
        }).recover(error -> {
            LOG.debugf("OpenAPI document of %s not fetched: %s", upstream.name(), error.getMessage());
            return Future.succeededFuture();
        });
    }

    /**
     * Merges a service's new document with the others. A document that would make one name mean
     * two shapes is refused, loudly: the merge keeps that service's previous document, if any.
     */
    private synchronized void offer(String service, JsonNode document) {
        if (accept(service, document)) {
            // A clash may have been on the other side: give the documents refused earlier another chance.
            Map.copyOf(refused).forEach((other, refusedDocument) -> {
                if (!other.equals(service)) {
                    accept(other, refusedDocument);
                }
            });
        }
    }

    private boolean accept(String service, JsonNode document) {
        Map<String, JsonNode> candidate = new LinkedHashMap<>(merged);
        candidate.put(service, document);
        try {
            render(candidate);
            merged.put(service, document);
            refused.remove(service);
            return true;
        } catch (OpenApiClashException e) {
            refused.put(service, document);
            registry.counter("gateway.openapi.refused").increment();
            LOG.errorf("OpenAPI document of %s refused, %s: %s", service,
                    merged.containsKey(service) ? "its previous document stays in the merge"
                            : "its operations are missing from /q/openapi until it is fixed", e.getMessage());
            return false;
        }
    }

    private synchronized void remerge() {
        render(merged);
    }

    private void render(Map<String, JsonNode> documents) {
        List<OpenApiMerger.Source> sources = new ArrayList<>();
        for (Upstream upstream : upstreams.all()) {
            JsonNode document = documents.get(upstream.name());
            if (document != null) {
                sources.add(new OpenApiMerger.Source(upstream.name(), document,
                        path -> upstreams.route(path).map(r -> r.upstream() == upstream).orElse(false)));
            }
        }
        OpenApiMerger.Result result = merger.merge(gatewayDocument(), sources, identity());
        if (!result.notes().equals(lastNotes)) {
            result.notes().forEach(note -> LOG.infof("OpenAPI merge: %s", note));
            lastNotes = result.notes();
        }
        try {
            byte[] json = mapper.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(result.document());
            byte[] yaml = YAML.writeValueAsString(result.document()).getBytes(StandardCharsets.UTF_8);
            current = new Rendered(json, yaml, ConditionalGets.tagOf(json));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the merged OpenAPI document", e);
        }
    }

    private JsonNode gatewayDocument() {
        if (gatewayDocument == null) {
            try {
                gatewayDocument = mapper.readTree(ownDocument.getDocument(Format.JSON));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the gateway's own OpenAPI document", e);
            }
        }
        return gatewayDocument;
    }

    private OpenApiMerger.Identity identity() {
        GatewayConfig.RateLimitConfig limits = config.rateLimit();
        String description = "Figures and projects from the Yanhu District (140802) government work reports, "
                + "each with its verbatim source, through one gateway. Services behind it: "
                + String.join(", ", upstreams.all().stream().map(Upstream::name).toList()) + ". "
                + "Every answer carries an X-Request-Id (send your own to follow a request) and the RateLimit-Limit, "
                + "RateLimit-Remaining and RateLimit-Reset headers: " + limits.anonymous().capacity()
                + " requests per " + limits.anonymous().period().toSeconds() + " s per client address, "
                + limits.keyed().capacity() + " per API key. Errors are application/problem+json (RFC 9457); a "
                + "service that is down or slow is a 503 or 504 with Retry-After.";
        String server = config.publicUrl().toString().replaceAll("/+$", "");
        return new OpenApiMerger.Identity(config.openapi().title(), config.openapi().version(), description, server);
    }
}
