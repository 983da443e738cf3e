package uk.commissioning.evidence.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.evidence.entity.EvidenceContent;
import uk.commissioning.evidence.entity.EvidenceFile;
import uk.commissioning.evidence.entity.FileNames;
import uk.commissioning.evidence.entity.FileType;
import uk.commissioning.identity.Viewer;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * Stores evidence files and hands them back to those who may see their owner (docs/EVIDENCE.md). An upload is read
 * once, at most the size limit ({@code evidence.max-bytes}, env {@code EVIDENCE_MAX_BYTES}, default 10 MiB) and
 * hashed as it is read; its type comes from its bytes. The same bytes again on the same owner are not a second
 * file: the first is returned, so a retried upload is harmless.
 */
@Stateless
public class EvidenceStore {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** A stored file, and whether it was there already (the same bytes on the same owner). */
    public record Stored(EvidenceFile file, boolean alreadyAttached) {
    }

    /** A file with its bytes, for a download. */
    public record Download(EvidenceFile file, byte[] content) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    @Any
    Instance<EvidenceOwners> owners;

    @Inject
    @ConfigProperty(name = "evidence.max-bytes", defaultValue = "10485760")
    long maxBytes;

    public Stored store(String ownerType, long ownerId, String fileName, InputStream in, Viewer viewer) {
        owner(ownerType).requireMayAttach(viewer, ownerId);
        Received received = read(in, maxBytes);
        FileType type = FileTypes.detect(received.bytes());
        Optional<EvidenceFile> same = em.createQuery("SELECT f FROM EvidenceFile f WHERE f.ownerType = :type "
                        + "AND f.ownerId = :owner AND f.sha256 = :sha", EvidenceFile.class)
                .setParameter("type", ownerType).setParameter("owner", ownerId).setParameter("sha", received.sha256())
                .getResultStream().findFirst();
        if (same.isPresent()) {
            return new Stored(same.get(), true);
        }
        EvidenceFile file = new EvidenceFile(ownerType, ownerId, FileNames.safe(fileName, type), type,
                received.bytes().length, received.sha256(), viewer.username());
        em.persist(file);
        em.flush();
        em.persist(new EvidenceContent(file.id(), received.bytes()));
        audit.record("EvidenceFile", file.id(), "STORED", viewer.username(), null, file.auditView());
        return new Stored(file, false);
    }

    /** The owner's files, oldest first; "not found" to anyone who may not see the owner. */
    public List<EvidenceFile> list(String ownerType, long ownerId, Viewer viewer) {
        requireMayRead(ownerType, ownerId, viewer, "evidence owner " + ownerType);
        return filesOf(ownerType, ownerId);
    }

    /**
     * The owner's files, oldest first, for a feature that has itself just read the owner for this viewer under its
     * own access rule (a claim's JSON right after {@code Claims.get}): asking the owner again would load it again.
     */
    public List<EvidenceFile> filesOf(String ownerType, long ownerId) {
        return em.createQuery("SELECT f FROM EvidenceFile f WHERE f.ownerType = :type AND f.ownerId = :owner ORDER BY f.id",
                EvidenceFile.class).setParameter("type", ownerType).setParameter("owner", ownerId).getResultList();
    }

    /** One file's facts; "not found" alike for a file that does not exist and one whose owner the viewer may not see. */
    public EvidenceFile get(long id, Viewer viewer) {
        EvidenceFile file = em.find(EvidenceFile.class, id);
        if (file == null || !owners(file.ownerType()).map(o -> o.mayRead(viewer, file.ownerId())).orElse(false)) {
            throw new NotFoundException("evidence file", id);
        }
        return file;
    }

    /** The file and its bytes; each download is audited, as evidence is someone's private paperwork. */
    public Download download(long id, Viewer viewer) {
        EvidenceFile file = get(id, viewer);
        byte[] content = em.find(EvidenceContent.class, id).content();
        audit.record("EvidenceFile", id, "DOWNLOADED", viewer.username(), null,
                Map.of("ownerType", file.ownerType(), "ownerId", file.ownerId(), "fileName", file.fileName()));
        return new Download(file, content);
    }

    public long maxBytes() {
        return maxBytes;
    }

    private void requireMayRead(String ownerType, long ownerId, Viewer viewer, String what) {
        if (!owner(ownerType).mayRead(viewer, ownerId)) {
            throw new NotFoundException(what, ownerId);
        }
    }

    private EvidenceOwners owner(String ownerType) {
        // No feature answers for it: nothing of that type takes evidence, so there is nothing to attach to or read.
        return owners(ownerType).orElseThrow(() -> new NotFoundException("evidence owner type", ownerType));
    }

    private Optional<EvidenceOwners> owners(String ownerType) {
        return owners.stream().filter(o -> o.ownerType().equals(ownerType)).findFirst();
    }

    record Received(byte[] bytes, String sha256) {
    }

    /** Reads at most {@code limit} bytes, hashing them; one more is FILE_TOO_LARGE and the rest is never read. */
    static Received read(InputStream in, long limit) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - total))) > 0) {
                total += n;
                if (total > limit) {
                    throw new RuleViolation(Reason.FILE_TOO_LARGE, "file", "the file is larger than the limit of "
                            + megabytes(limit) + "; attach a smaller file or split it");
                }
                sha256.update(buffer, 0, n);
                bytes.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        }
        if (total == 0) {
            throw new RuleViolation(Reason.INVALID_INPUT, "file", "is empty: choose a file with something in it");
        }
        return new Received(bytes.toByteArray(), HexFormat.of().formatHex(sha256.digest()));
    }

    /** 10485760 → "10 MB" (as people say it; the limit is in binary megabytes, and a whole one reads best). */
    public static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(java.util.Locale.UK, "%.1f", mb)) + " MB";
    }
}
