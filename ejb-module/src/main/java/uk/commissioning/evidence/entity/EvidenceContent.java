package uk.commissioning.evidence.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of an {@link EvidenceFile}, under the same id, read only for a download. */
@Entity
@Table(name = "evidence_content")
public class EvidenceContent {

    @Id
    @Column(name = "evidence_file_id")
    private Long fileId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected EvidenceContent() {
    }

    public EvidenceContent(Long fileId, byte[] content) {
        this.fileId = fileId;
        this.content = content;
    }

    public byte[] content() {
        return content;
    }
}
