-- Claims by VCSE providers against their contracts, one quarter at a time (docs/CLAIMS.md). Money moves only by
-- ledger postings with the claim as source document (source_type CLAIM); these tables hold what was asked, said and
-- decided.
CREATE TABLE claim (
    id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contract_id       BIGINT         NOT NULL,
    quarter_code      CHAR(10)       NOT NULL,
    status            VARCHAR(20)    NOT NULL,
    currency          CHAR(3)        NOT NULL,
    claimed_total     DECIMAL(19,2)  NOT NULL,
    approved_total    DECIMAL(19,2)  NULL,
    -- "contract:quarter" while the claim is live (anything but REJECTED or WITHDRAWN), NULL after: the unique index
    -- allows one live claim per contract and quarter, and any number of dead ones (NULLs never collide on H2 or MariaDB)
    live_key          VARCHAR(40)    NULL,
    declaration       VARCHAR(2000)  NULL,
    declared_by       VARCHAR(100)   NULL,
    declared_at       DATETIME(6)    NULL,
    submitted_by      VARCHAR(100)   NULL,
    submitted_at      DATETIME(6)    NULL,
    decided_by        VARCHAR(100)   NULL,
    decided_at        DATETIME(6)    NULL,
    rejection_reason  VARCHAR(1000)  NULL,
    created_by        VARCHAR(100)   NOT NULL,
    created_at        DATETIME(6)    NOT NULL,
    row_version       INT            NOT NULL DEFAULT 0,
    UNIQUE KEY ux_claim_live (live_key),
    KEY ix_claim_contract (contract_id, quarter_code),
    KEY ix_claim_status (status),
    CONSTRAINT fk_claim_contract FOREIGN KEY (contract_id) REFERENCES contract (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE claim_line (
    id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id          BIGINT         NOT NULL,
    line_no           INT            NOT NULL,
    kind              VARCHAR(20)    NOT NULL,
    description       VARCHAR(500)   NOT NULL,
    schedule_line_id  BIGINT         NULL,
    service_id        BIGINT         NULL,
    units             INT            NULL,
    unit_price        DECIMAL(19,2)  NULL,
    amount            DECIMAL(19,2)  NOT NULL,
    approved_amount   DECIMAL(19,2)  NULL,
    reduction_reason  VARCHAR(1000)  NULL,
    KEY ix_claim_line_schedule (schedule_line_id),
    CONSTRAINT fk_claim_line_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
    CONSTRAINT fk_claim_line_schedule FOREIGN KEY (schedule_line_id) REFERENCES payment_schedule_line (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The query thread: a commissioner asks, the provider answers; never edited.
CREATE TABLE claim_message (
    id          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id    BIGINT         NOT NULL,
    author      VARCHAR(100)   NOT NULL,
    side        VARCHAR(20)    NOT NULL,
    body        VARCHAR(4000)  NOT NULL,
    sent_at     DATETIME(6)    NOT NULL,
    CONSTRAINT fk_claim_message_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Approvals given; a claim above its first approver's limit waits for a second, different one. A query clears the
-- approvals given so far (the claim may change), so they are marked withdrawn, not deleted.
CREATE TABLE claim_approval (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id     BIGINT         NOT NULL,
    approver     VARCHAR(100)   NOT NULL,
    amount       DECIMAL(19,2)  NOT NULL,
    approved_at  DATETIME(6)    NOT NULL,
    withdrawn    BOOLEAN        NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_claim_approval_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Approval limits, append-only: a person's limit is their latest row; earlier rows are its history.
CREATE TABLE approval_limit (
    id         BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username   VARCHAR(100)   NOT NULL,
    amount     DECIMAL(19,2)  NOT NULL,
    currency   CHAR(3)        NOT NULL,
    set_by     VARCHAR(100)   NOT NULL,
    set_at     DATETIME(6)    NOT NULL,
    KEY ix_approval_limit_user (username, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
