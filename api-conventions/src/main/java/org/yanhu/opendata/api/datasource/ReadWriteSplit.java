package org.yanhu.opendata.api.datasource;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.datasource.common.runtime.DataSourceUtil;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Sends the reads of a request to the read-only datasource {@code "read"} and everything else to the
 * primary. A Panache entity belongs to one persistence unit, so the two datasources are two "tenants" of
 * that unit (Hibernate's DATABASE multi-tenancy, where a tenant id names a datasource): the entities,
 * queries and repositories stay as they are, and only the connection differs.
 *
 * <p>A request reads from {@code "read"} when its method is safe (GET, HEAD, OPTIONS) and the replica has
 * replayed the last data version this instance knows of ({@link ReplicaFreshness}). Writes, the data
 * version itself, the start-up loader and anything outside an HTTP request use the primary.
 */
@RequestScoped
@PersistenceUnitExtension
@IfBuildProperty(name = "quarkus.hibernate-orm.multitenant", stringValue = "DATABASE")
public class ReadWriteSplit implements TenantResolver {

    /** The tenant id, which is also the datasource name, of the read-only datasource. */
    public static final String READ = "read";
    /** The tenant id of the primary: the default datasource. */
    public static final String PRIMARY = DataSourceUtil.DEFAULT_DATASOURCE_NAME;

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Inject
    CurrentVertxRequest request;

    @Inject
    ReplicaFreshness replica;

    @Override
    public String getDefaultTenantId() {
        return PRIMARY;
    }

    @Override
    public String resolveTenantId() {
        RoutingContext current = request.getCurrent();
        return current != null && SAFE.contains(current.request().method())
                && (replica.nothingAwaited() || replica.caughtUp()) ? READ : PRIMARY;
    }
}
