package uk.commissioning.grants.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import uk.commissioning.grants.entity.GivingGrant;
import uk.commissioning.grants.entity.GivingImport;
import uk.commissioning.grants.entity.GrantColumns;
import uk.commissioning.grants.entity.ImportFormat;
import uk.commissioning.grants.entity.ImportProblem;
import uk.commissioning.organisations.control.Organisations;
import uk.commissioning.organisations.entity.OrgId;
import uk.commissioning.organisations.entity.Organisation;

/**
 * Imports a 360Giving file: every grant that meets the standard is stored (its recipient found or registered as an
 * organisation), every one that does not is reported and the rest still go in. A grant already stored under its id
 * is left alone: unchanged when its content is the same, a conflict when it is not, since a published grant is the
 * publisher's and quietly overwriting it would lose what was there. One transaction per file.
 */
@Stateless
public class GrantImports {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    public ImportReport importFile(String fileName, ImportFormat format, InputStream body, String actor) {
        GivingImport source = new GivingImport(fileName, format, actor);
        em.persist(source);
        DigestInputStream bytes = new DigestInputStream(body, sha256());
        // The JSON parser closes what it reads when done; the digest still wants the bytes after the grants.
        InputStream kept = new FilterInputStream(bytes) {
            @Override
            public void close() {
            }
        };
        Run run = new Run(source, actor);
        if (format == ImportFormat.JSON) {
            int[] position = {0};
            GivingJsonReader.read(kept, grant -> run.take(grant, null, position[0]++));
        } else {
            GivingCsvReader.read(kept, (line, grant) -> run.take(grant, line, -1));
        }
        drain(bytes);
        source.finish(HexFormat.of().formatHex(bytes.getMessageDigest().digest()), run.imported, run.unchanged,
                run.rejected.size(), run.recipientsCreated, run.problems);
        em.flush();
        return new ImportReport(source, run.totals, List.copyOf(run.problems));
    }

    public Optional<GivingGrant> byIdentifier(String identifier) {
        return em.createNamedQuery(GivingGrant.BY_IDENTIFIER, GivingGrant.class).setParameter("identifier", identifier)
                .getResultStream().findFirst();
    }

    /** One file's progress: what it has seen, stored and refused so far. */
    private final class Run {

        private final GivingImport source;
        private final String actor;
        private final Set<String> seen = new HashSet<>();
        private final Set<Integer> rejected = new HashSet<>();
        private final List<ImportProblem> problems = new ArrayList<>();
        private final Map<String, Organisation> recipients = new HashMap<>();
        private final Map<String, BigDecimal> totals = new TreeMap<>();
        private int imported;
        private int unchanged;
        private int recipientsCreated;
        private int count;

        Run(GivingImport source, String actor) {
            this.source = source;
            this.actor = actor;
        }

        /** @param line the CSV line the grant starts on, null in JSON; @param position its index in a JSON file */
        void take(JsonObject grant, Integer line, int position) {
            int number = count++;
            GrantValidation.Checked checked = GrantValidation.check(grant);
            String id = checked.identifier();
            String reportedAs = id != null ? id : line == null ? "grants[" + position + "]" : null;
            if (id != null && !seen.add(id)) {
                reject(number, reportedAs, line, "id", "is a duplicate: an earlier grant in this file has the same id");
                return;
            }
            if (!checked.valid()) {
                checked.problems().forEach(p -> reject(number, reportedAs, line, p.field(), p.message()));
                return;
            }
            GrantValidation.ValidGrant valid = checked.grant();
            Optional<GivingGrant> stored = byIdentifier(id);
            if (stored.isPresent()) {
                if (stored.get().contentSha256().equals(valid.contentSha256())) {
                    unchanged++;
                    add(valid.columns());
                } else {
                    reject(number, reportedAs, line, "id", "conflicts with the grant already stored under this id "
                            + "(its content differs); the stored grant is kept");
                }
                return;
            }
            GrantColumns columns = valid.columns();
            em.persist(new GivingGrant(columns, valid.extensions() == null ? null : valid.extensions().toString(),
                    valid.contentSha256(), recipient(columns), source));
            imported++;
            add(columns);
        }

        private void add(GrantColumns columns) {
            totals.merge(columns.currency(), columns.amountAwarded(), BigDecimal::add);
        }

        private void reject(int number, String grantId, Integer line, String field, String message) {
            rejected.add(number);
            problems.add(new ImportProblem(grantId, line, field, message));
        }

        private Organisation recipient(GrantColumns columns) {
            return recipients.computeIfAbsent(columns.recipientOrgIdentifier(), identifier -> {
                OrgId orgId = OrgId.of(identifier);
                return organisations.byOrgId(orgId).orElseGet(() -> {
                    recipientsCreated++;
                    String name = columns.recipientOrgName();
                    return organisations.register(orgId, name.length() <= 200 ? name : name.substring(0, 200),
                            RecipientTypes.of(orgId), actor);
                });
            });
        }
    }

    /** The digest is of the whole file, including anything after the grants. */
    private static void drain(InputStream in) {
        try {
            byte[] buffer = new byte[8192];
            while (in.read(buffer) >= 0) {
                // only the digest wants these bytes
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
