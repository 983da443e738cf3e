package uk.commissioning.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseDefaultsConfigSourceTest {

    private static final String TUNING = "useLocalSessionState=true&cachePrepStmts=true&prepStmtCacheSize=500"
            + "&prepStmtCacheSqlLimit=4096&dontTrackOpenResources=true";

    @Test
    void saysNothingWithoutDbUrlSoTheEmbeddedDefaultsApply() {
        DatabaseDefaultsConfigSource source = new DatabaseDefaultsConfigSource(Map.of());
        assertNull(source.getValue("db.connection-url"));
        assertNull(source.getValue("db.class"));
        assertEquals(Map.of(), source.getProperties());
    }

    @Test
    void mySqlUrlGainsTheDriverTuning() {
        DatabaseDefaultsConfigSource source = new DatabaseDefaultsConfigSource(Map.of("DB_URL", "jdbc:mysql://127.0.0.1:3306/app"));
        assertEquals("jdbc:mysql://127.0.0.1:3306/app?" + TUNING, source.getValue("db.connection-url"));
        assertEquals("com.mysql.cj.jdbc.MysqlDataSource", source.getValue("db.class"));
    }

    @Test
    void aSettingTheUrlGivesWins() {
        assertEquals("jdbc:mysql://h/app?useSSL=false&CACHEPREPSTMTS=false&useLocalSessionState=true&prepStmtCacheSize=500"
                        + "&prepStmtCacheSqlLimit=4096&dontTrackOpenResources=true",
                DatabaseDefaultsConfigSource.withMySqlTuning("jdbc:mysql://h/app?useSSL=false&CACHEPREPSTMTS=false"));
        assertEquals("jdbc:mariadb://h/app?" + TUNING, DatabaseDefaultsConfigSource.withMySqlTuning("jdbc:mariadb://h/app?"));
    }

    @Test
    void h2UrlIsLeftAsGivenAndDbClassStillWins() {
        String h2 = "jdbc:h2:mem:it;MODE=MySQL";
        DatabaseDefaultsConfigSource source = new DatabaseDefaultsConfigSource(Map.of("DB_URL", h2, "DB_CLASS", "my.DataSource"));
        assertEquals(h2, source.getValue("db.connection-url"));
        assertEquals("my.DataSource", source.getValue("db.class"));
        assertEquals("org.h2.jdbcx.JdbcDataSource", DatabaseDefaultsConfigSource.datasourceClass(h2));
    }
}
