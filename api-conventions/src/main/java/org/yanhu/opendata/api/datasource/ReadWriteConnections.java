package org.yanhu.opendata.api.datasource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.customized.QuarkusConnectionProvider;
import io.quarkus.hibernate.orm.runtime.tenant.TenantConnectionResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/** The connections of the two tenants that {@link ReadWriteSplit} chooses between. */
@ApplicationScoped
@PersistenceUnitExtension
@IfBuildProperty(name = "quarkus.hibernate-orm.multitenant", stringValue = "DATABASE")
public class ReadWriteConnections implements TenantConnectionResolver {

    @Inject
    AgroalDataSource primary;

    @Inject
    @DataSource(ReadWriteSplit.READ)
    AgroalDataSource read;

    @Override
    public ConnectionProvider resolve(String tenantId) {
        return switch (tenantId) {
            case ReadWriteSplit.PRIMARY -> new QuarkusConnectionProvider(primary);
            case ReadWriteSplit.READ -> new QuarkusConnectionProvider(read);
            default -> throw new IllegalArgumentException("no datasource for tenant " + tenantId);
        };
    }
}
