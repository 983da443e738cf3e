-- Per-organisation API tokens for system-to-system uploads. Only a SHA-256 hash of the token is stored (tokens are
-- 256 random bits, so a fast hash is enough); the prefix lets people tell tokens apart on screen.
CREATE TABLE api_token (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT       NOT NULL,
    name             VARCHAR(100) NOT NULL,
    token_prefix     CHAR(12)     NOT NULL,
    token_hash       CHAR(64)     NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    last_used_at     DATETIME(6)  NULL,
    revoked_at       DATETIME(6)  NULL,
    revoked_by       VARCHAR(100) NULL,
    UNIQUE KEY uk_api_token_hash (token_hash),
    KEY ix_api_token_organisation (organisation_id),
    CONSTRAINT fk_api_token_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
