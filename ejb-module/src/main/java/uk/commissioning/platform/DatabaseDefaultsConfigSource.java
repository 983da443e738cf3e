package uk.commissioning.platform;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Works out the JDBC datasource from {@code DB_URL}, so that choosing MySQL/MariaDB takes only {@code DB_URL},
 * {@code DB_USER} and {@code DB_PASSWORD}:
 * <ul>
 * <li>{@code db.class}, the datasource class, from the URL's scheme (unless {@code DB_CLASS} names one);</li>
 * <li>{@code db.connection-url}, what the datasource connects with: {@code DB_URL}, and for MySQL/MariaDB with the
 * Connector/J settings in {@link #MYSQL_TUNING} that it does not set itself (a setting in {@code DB_URL} wins). A key
 * of its own, because Payara resolves the datasource's {@code db.url} from the environment ahead of any other
 * source, whatever their ordinals.</li>
 * </ul>
 * Without {@code DB_URL} it says nothing and the defaults file applies ({@code db.connection-url=${db.url}}: the
 * embedded H2, or a {@code db.url} system property).
 */
public class DatabaseDefaultsConfigSource implements ConfigSource {

    private static final String CLASS_KEY = "db.class";
    private static final String URL_KEY = "db.connection-url";

    /**
     * Connector/J settings measured on the claim submission path (bench/claims-bench.sh, bench/README.md):
     * <ul>
     * <li>{@code useLocalSessionState}: the pool sets the isolation level and auto-commit on every transaction; the
     * driver then answers from what it last set instead of asking the server ({@code SELECT @@session.tx_isolation}
     * per transaction);</li>
     * <li>{@code cachePrepStmts} (with a size and SQL length that fit EclipseLink's statements): the driver parses
     * each distinct SQL text once per connection, not on every execution (the parse was an eighth of the CPU);</li>
     * <li>{@code dontTrackOpenResources}: EclipseLink 4.0.7, which Payara 6.2025.10 ships, leaves open the statement
     * of every INSERT whose generated key it reads (eclipse-ee4j/eclipselink#2366, fixed in 4.0.8). The driver kept
     * each in its connection's list of open statements for the life of the pooled connection: memory that only grew,
     * and a list scanned on every new statement. Untracked, a statement EclipseLink has let go of is garbage (a
     * client-side prepared statement holds nothing on the server).</li>
     * </ul>
     */
    static final Map<String, String> MYSQL_TUNING;

    static {
        Map<String, String> tuning = new LinkedHashMap<>();
        tuning.put("useLocalSessionState", "true");
        tuning.put("cachePrepStmts", "true");
        tuning.put("prepStmtCacheSize", "500");
        tuning.put("prepStmtCacheSqlLimit", "4096");
        tuning.put("dontTrackOpenResources", "true");
        MYSQL_TUNING = java.util.Collections.unmodifiableMap(tuning);
    }

    private final Map<String, String> environment;

    public DatabaseDefaultsConfigSource() {
        this(System.getenv());
    }

    DatabaseDefaultsConfigSource(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(CLASS_KEY, URL_KEY);
    }

    @Override
    public String getValue(String propertyName) {
        String url = environment.get("DB_URL");
        if (url == null || url.isBlank()) {
            return null;
        }
        if (CLASS_KEY.equals(propertyName)) {
            String chosen = environment.get("DB_CLASS");
            return chosen != null && !chosen.isBlank() ? chosen : datasourceClass(url);
        }
        if (URL_KEY.equals(propertyName)) {
            return isMySql(url) ? withMySqlTuning(url) : url;
        }
        return null;
    }

    static String datasourceClass(String url) {
        if (isMySql(url)) {
            return "com.mysql.cj.jdbc.MysqlDataSource";
        }
        if (url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
            return "org.h2.jdbcx.JdbcDataSource";
        }
        return null;
    }

    private static boolean isMySql(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:mysql:") || lower.startsWith("jdbc:mariadb:");
    }

    /** The URL with each tuning setting it does not already name appended as a query parameter. */
    static String withMySqlTuning(String url) {
        int query = url.indexOf('?');
        String given = query < 0 ? "" : url.substring(query + 1).toLowerCase(Locale.ROOT);
        StringBuilder result = new StringBuilder(url);
        char separator = query < 0 ? '?' : (url.endsWith("?") || url.endsWith("&") ? 0 : '&');
        for (Map.Entry<String, String> setting : MYSQL_TUNING.entrySet()) {
            if (names(given, setting.getKey().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (separator != 0) {
                result.append(separator);
            }
            result.append(setting.getKey()).append('=').append(setting.getValue());
            separator = '&';
        }
        return result.toString();
    }

    private static boolean names(String query, String key) {
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if ((eq < 0 ? pair : pair.substring(0, eq)).trim().equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> values = new HashMap<>();
        for (String key : getPropertyNames()) {
            String value = getValue(key);
            if (value != null) {
                values.put(key, value);
            }
        }
        return values;
    }

    /** Above the environment (300), below system properties (400). */
    @Override
    public int getOrdinal() {
        return 350;
    }

    @Override
    public String getName() {
        return "database-defaults";
    }
}
