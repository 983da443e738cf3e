package uk.commissioning.demand.imports.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.commissioning.platform.Database;

/**
 * Where imports stage their files and which key pseudonymises people.
 * <p>
 * The key comes from {@code DEMAND_PSEUDONYM_KEY} (at least 16 characters). Only on the embedded demo database,
 * when none is configured, a random key is generated once into {@code demand.key-file}; on MySQL/MariaDB without a
 * key the server refuses referral files rather than hash NHS numbers with a guessable key — an unkeyed or public
 * key would let anyone recover a number by hashing the billion candidates.
 */
@ApplicationScoped
public class DemandSettings {

    private static final Logger LOG = Logger.getLogger(DemandSettings.class.getName());

    @Inject
    @ConfigProperty(name = "demand.import-dir", defaultValue = "./data/imports")
    String importDir;

    @Inject
    @ConfigProperty(name = "demand.pseudonym-key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "demand.key-file", defaultValue = "./data/pseudonym.key")
    String keyFile;

    /**
     * Lines per chunk (one transaction). Large enough that a chunk's LOAD DATA and commit cost little per row, small
     * enough that the chunks in hand (up to two being written, the next being read) stay a small part of a 512 MB heap
     * (measurements: bench/README.md).
     */
    @Inject
    @ConfigProperty(name = "demand.chunk-size", defaultValue = "10000")
    int chunkSize;

    @Inject
    Database database;

    /** The application's own database, for the import's bulk-load connection (see BulkLoader). */
    @Inject
    @ConfigProperty(name = "db.url")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = "db.user")
    Optional<String> databaseUser;

    @Inject
    @ConfigProperty(name = "db.password")
    Optional<String> databasePassword;

    private Pseudonymiser pseudonymiser;
    private volatile boolean warnedNoLocalInfile;

    @PostConstruct
    void init() {
        Optional<String> key = configuredKey.filter(k -> !k.isBlank());
        if (key.isPresent()) {
            pseudonymiser = new Pseudonymiser(key.get().getBytes(StandardCharsets.UTF_8));
        } else if (database.isEmbeddedH2()) {
            pseudonymiser = new Pseudonymiser(generatedKey(Path.of(keyFile)));
        } else {
            LOG.warning("DEMAND_PSEUDONYM_KEY is not set: referral files will be refused until it is");
        }
    }

    private static byte[] generatedKey(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardOpenOption.CREATE_NEW);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the file stays with the directory's permissions.
                }
                LOG.info("Generated a pseudonym key for the embedded database in " + file.toAbsolutePath());
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the pseudonym key file " + file, e);
        }
    }

    public Optional<Pseudonymiser> pseudonymiser() {
        return Optional.ofNullable(pseudonymiser);
    }

    public Path importDir() {
        Path dir = Path.of(importDir).toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the import directory " + dir, e);
        }
        return dir;
    }

    public int chunkSize() {
        return chunkSize;
    }

    /** A connection for loading one import's rows with LOAD DATA, on MySQL/MariaDB; empty on any other database. */
    public Optional<BulkLoader> openBulkLoader() throws java.sql.SQLException {
        if (!database.isMySqlFamily()) {
            return Optional.empty();
        }
        Optional<BulkLoader> loader = BulkLoader.open(databaseUrl, databaseUser.orElse(null), databasePassword.orElse(null));
        if (loader.isEmpty() && !warnedNoLocalInfile) {
            warnedNoLocalInfile = true;
            LOG.warning("The database server does not allow LOAD DATA LOCAL (local_infile = 0): demand imports write "
                    + "with multi-row INSERTs instead, several times slower. Allow it with SET PERSIST local_infile = 1 "
                    + "(MySQL 8) or local_infile = ON (MariaDB's default).");
        }
        return loader;
    }
}
