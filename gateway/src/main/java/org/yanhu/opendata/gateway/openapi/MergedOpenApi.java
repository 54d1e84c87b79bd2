package org.yanhu.opendata.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.yanhu.opendata.api.caching.ConditionalGet;
import org.yanhu.opendata.gateway.config.GatewayConfig;
import org.yanhu.opendata.gateway.upstream.Upstream;
import org.yanhu.opendata.gateway.upstream.UpstreamClient;
import org.yanhu.opendata.gateway.upstream.Upstreams;

/**
 * The merged OpenAPI document. The services' documents are fetched at start-up, again every
 * refresh interval and whenever an instance comes back; the merge is redone only when one of them
 * changed. A service that cannot be reached keeps its last good document in the merge.
 */
@ApplicationScoped
public class MergedOpenApi {

    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);

    /** The merged document as served, in both formats, with its entity tag. */
    public record Rendered(byte[] json, byte[] yaml, String etag, JsonNode tree) {
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

    private final Map<String, JsonNode> serviceDocuments = new ConcurrentHashMap<>();
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
            JsonNode before = serviceDocuments.put(upstream.name(), document);
            if (!Objects.equals(before, document)) {
                LOG.infof("OpenAPI document of %s %s; merging again", upstream.name(),
                        before == null ? "arrived" : "changed");
                remerge();
            }
            return (Void) null;
        }).recover(error -> {
            LOG.debugf("OpenAPI document of %s not fetched: %s", upstream.name(), error.getMessage());
            return Future.succeededFuture();
        });
    }

    private synchronized void remerge() {
        List<OpenApiMerger.Source> sources = new ArrayList<>();
        for (Upstream upstream : upstreams.all()) {
            JsonNode document = serviceDocuments.get(upstream.name());
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
            ObjectMapper yamlMapper = new ObjectMapper(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .build());
            byte[] yaml = yamlMapper.writeValueAsString(result.document()).getBytes(StandardCharsets.UTF_8);
            String etag = "\"" + ConditionalGet.sha256(new String(json, StandardCharsets.UTF_8)).substring(0, 20)
                    + "\"";
            current = new Rendered(json, yaml, etag, result.document());
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
