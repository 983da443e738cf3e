package uk.commissioning.grants.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One 360Giving file as uploaded: its bytes' SHA-256, who sent it, and what became of each grant in it. */
@Entity
@Table(name = "giving_import")
public class GivingImport {

    public enum Status { IMPORTED, NOTHING_IMPORTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ImportFormat format;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "imported_by", nullable = false, length = 100)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_count", nullable = false)
    private int imported;

    @Column(name = "unchanged_count", nullable = false)
    private int unchanged;

    @Column(name = "rejected_count", nullable = false)
    private int rejected;

    @Column(name = "recipients_created", nullable = false)
    private int recipientsCreated;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @ElementCollection
    @CollectionTable(name = "giving_import_problem", joinColumns = @JoinColumn(name = "import_id"))
    @OrderColumn(name = "position")
    private List<ImportProblem> problems = new ArrayList<>();

    protected GivingImport() {
    }

    /** Started before the file is read, so its grants can point at it; the SHA-256 is known once all is read. */
    public GivingImport(String fileName, ImportFormat format, String importedBy) {
        this.fileName = fileName.length() <= 200 ? fileName : fileName.substring(0, 200);
        this.format = format;
        this.importedBy = importedBy;
        this.importedAt = Instant.now();
        this.sha256 = "0".repeat(64);
        this.status = Status.NOTHING_IMPORTED;
    }

    public void finish(String sha256, int imported, int unchanged, int rejected, int recipientsCreated,
            List<ImportProblem> problems) {
        this.sha256 = sha256;
        this.imported = imported;
        this.unchanged = unchanged;
        this.rejected = rejected;
        this.recipientsCreated = recipientsCreated;
        this.problems = new ArrayList<>(problems);
        this.status = imported > 0 ? Status.IMPORTED : Status.NOTHING_IMPORTED;
    }

    public Long id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public ImportFormat format() {
        return format;
    }

    public String sha256() {
        return sha256;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public String importedBy() {
        return importedBy;
    }

    public int imported() {
        return imported;
    }

    public int unchanged() {
        return unchanged;
    }

    public int rejected() {
        return rejected;
    }

    public int recipientsCreated() {
        return recipientsCreated;
    }

    public Status status() {
        return status;
    }

    public List<ImportProblem> problems() {
        return List.copyOf(problems);
    }
}
