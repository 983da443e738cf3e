package uk.commissioning.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The application's one datasource and its schema. The connection comes from MicroProfile Config (environment
 * variables {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}, optionally {@code DB_CLASS}); the default is an
 * embedded H2 file database in MySQL mode. Flyway applies {@code db/migration} everywhere and {@code db/mysql}
 * (triggers H2 cannot run) on MySQL/MariaDB, before anything else starts.
 * <p>
 * READ COMMITTED: a budget check that runs after taking a fund's row lock must see postings committed by whoever
 * held the lock before; under MySQL's default REPEATABLE READ it could read an older snapshot and overspend.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${MPCONFIG=db.class}",
        url = "${MPCONFIG=db.connection-url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
        minPoolSize = 2,
        maxPoolSize = 40)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/commissioning";
    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    private String productName;

    @PostConstruct
    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            productName = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the database: " + e.getMessage(), e);
        }
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (isMySqlFamily()) {
            locations.add("classpath:db/mysql");
        }
        MigrateResult result = Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .load()
                .migrate();
        LOG.info(() -> "Schema on %s at version %s (%d migrations applied now)"
                .formatted(productName, result.targetSchemaVersion, result.migrationsExecuted));
    }

    public boolean isMySqlFamily() {
        String name = productName.toLowerCase(Locale.ROOT);
        return name.contains("mysql") || name.contains("mariadb");
    }

    public boolean isEmbeddedH2() {
        return productName.toLowerCase(Locale.ROOT).contains("h2");
    }

    public String productName() {
        return productName;
    }
}
