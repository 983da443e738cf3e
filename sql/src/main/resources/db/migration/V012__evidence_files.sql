-- Evidence files (docs/EVIDENCE.md): what a provider attaches to something it reports or claims, e.g. a milestone
-- report. Append-only: a file is never changed or deleted (the application has no statement that would), so what a
-- commissioner accepted or paid against can always be shown again, byte for byte, with its SHA-256.
CREATE TABLE evidence_file (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- which feature owns it (EvidenceOwners.ownerType(), e.g. MILESTONE_REPORT) and that feature's id for the thing
    owner_type     VARCHAR(40)   NOT NULL,
    owner_id       BIGINT        NOT NULL,
    -- the uploader's file name, made safe for a screen and a Content-Disposition header
    file_name      VARCHAR(200)  NOT NULL,
    -- detected from the bytes, never taken from the upload's own Content-Type or extension
    content_type   VARCHAR(100)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    uploaded_by    VARCHAR(100)  NOT NULL,
    uploaded_at    DATETIME(6)   NOT NULL,
    -- the same bytes twice on one owner are one file: an upload retried after a lost answer returns the first
    -- (the key also serves listing an owner's files)
    UNIQUE KEY uk_evidence_file_bytes (owner_type, owner_id, sha256),
    CONSTRAINT ck_evidence_file_size CHECK (size_bytes > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The bytes apart from the metadata, so listing a milestone's files never reads them.
CREATE TABLE evidence_content (
    evidence_file_id BIGINT   NOT NULL PRIMARY KEY,
    content          LONGBLOB NOT NULL,
    CONSTRAINT fk_evidence_content_file FOREIGN KEY (evidence_file_id) REFERENCES evidence_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
