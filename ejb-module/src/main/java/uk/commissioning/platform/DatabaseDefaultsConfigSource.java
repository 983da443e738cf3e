package uk.commissioning.platform;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Works out the JDBC datasource class from {@code DB_URL}, so that choosing MySQL/MariaDB takes only
 * {@code DB_URL}, {@code DB_USER} and {@code DB_PASSWORD}. Sits between the environment (which can still set
 * {@code DB_CLASS}) and the application's defaults file.
 */
public class DatabaseDefaultsConfigSource implements ConfigSource {

    private static final String KEY = "db.class";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(KEY);
    }

    @Override
    public String getValue(String propertyName) {
        if (!KEY.equals(propertyName)) {
            return null;
        }
        String url = System.getenv("DB_URL");
        if (url == null) {
            return null;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:mysql:") || lower.startsWith("jdbc:mariadb:")) {
            return "com.mysql.cj.jdbc.MysqlDataSource";
        }
        if (lower.startsWith("jdbc:h2:")) {
            return "org.h2.jdbcx.JdbcDataSource";
        }
        return null;
    }

    @Override
    public Map<String, String> getProperties() {
        String value = getValue(KEY);
        return value == null ? Map.of() : Map.of(KEY, value);
    }

    @Override
    public int getOrdinal() {
        return 200;
    }

    @Override
    public String getName() {
        return "database-defaults";
    }
}
