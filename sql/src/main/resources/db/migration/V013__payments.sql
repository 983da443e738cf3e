-- Payment runs, remittances and reclaims (docs/PAYMENTS.md). Money moves only by ledger postings with the claim as
-- source document (APPROVED -> SCHEDULED when a run puts a claim's part in a payment file, SCHEDULED -> PAID on its
-- remittance, PAID -> RECEIVABLE for a reclaim, RECEIVABLE -> COMMITTED on recovery); these tables say which run,
-- which file, which remittance line and which reclaim each movement belongs to.

-- One run of the payment-run job for the organisation that keeps the paying funds' books.
CREATE TABLE payment_run (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT         NOT NULL,
    run_date         DATE           NOT NULL,
    up_to_quarter    CHAR(10)       NOT NULL,
    currency         CHAR(3)        NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    -- the organisation's id while the run is QUEUED or RUNNING, NULL after: one run per organisation at a time, kept
    -- by the database too (NULLs never collide on H2 or MariaDB)
    running_key      BIGINT         NULL,
    parts_total      INT            NOT NULL DEFAULT 0,
    parts_done       INT            NOT NULL DEFAULT 0,
    line_count       INT            NOT NULL DEFAULT 0,
    control_total    DECIMAL(19,2)  NOT NULL DEFAULT 0,
    job_run_id       BIGINT         NULL,
    failure_reason   VARCHAR(1000)  NULL,
    started_by       VARCHAR(100)   NOT NULL,
    created_at       DATETIME(6)    NOT NULL,
    finished_at      DATETIME(6)    NULL,
    UNIQUE KEY ux_payment_run_running (running_key),
    KEY ix_payment_run_org (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row of a payment file: one claim's part paid from one fund. A claim's part is scheduled once, whatever run
-- (or re-run after a crash) gets to it first: the unique key makes a second scheduling impossible.
CREATE TABLE payment_line (
    id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id            BIGINT         NOT NULL,
    claim_id          BIGINT         NOT NULL,
    fund_id           BIGINT         NOT NULL,
    payee_org_id      VARCHAR(100)   NOT NULL,
    payee_name        VARCHAR(255)   NOT NULL,
    amount            DECIMAL(19,2)  NOT NULL,
    currency          CHAR(3)        NOT NULL,
    fund_code         VARCHAR(100)   NOT NULL,
    cost_centre       VARCHAR(100)   NOT NULL,
    quarter_code      CHAR(10)       NOT NULL,
    journal_entry_id  BIGINT         NOT NULL,
    created_at        DATETIME(6)    NOT NULL,
    UNIQUE KEY ux_payment_line_part (claim_id, fund_id),
    KEY ix_payment_line_run (run_id, id),
    CONSTRAINT fk_payment_line_run FOREIGN KEY (run_id) REFERENCES payment_run (id),
    CONSTRAINT fk_payment_line_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A remittance file from the finance system as received, byte for byte, and what became of it (APPLIED or REFUSED,
-- with every line at fault).
CREATE TABLE remittance (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id        BIGINT         NOT NULL,
    file_name     VARCHAR(200)   NOT NULL,
    sha256        CHAR(64)       NOT NULL,
    content       LONGBLOB       NOT NULL,
    outcome       VARCHAR(20)    NOT NULL,
    line_count    INT            NOT NULL DEFAULT 0,
    paid_total    DECIMAL(19,2)  NULL,
    problems      TEXT           NULL,
    received_by   VARCHAR(100)   NOT NULL,
    received_at   DATETIME(6)    NOT NULL,
    KEY ix_remittance_run (run_id, id),
    CONSTRAINT fk_remittance_run FOREIGN KEY (run_id) REFERENCES payment_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A payment line paid: at most once (unique), on the finance system's date, under its payment reference.
CREATE TABLE payment_receipt (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    payment_line_id    BIGINT         NOT NULL,
    remittance_id      BIGINT         NOT NULL,
    line_no            INT            NOT NULL,
    amount             DECIMAL(19,2)  NOT NULL,
    paid_on            DATE           NOT NULL,
    payment_reference  VARCHAR(100)   NOT NULL,
    journal_entry_id   BIGINT         NOT NULL,
    UNIQUE KEY ux_payment_receipt_line (payment_line_id),
    KEY ix_payment_receipt_remittance (remittance_id),
    CONSTRAINT fk_payment_receipt_line FOREIGN KEY (payment_line_id) REFERENCES payment_line (id),
    CONSTRAINT fk_payment_receipt_remittance FOREIGN KEY (remittance_id) REFERENCES remittance (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- An overpayment reclaimed from a paid claim, and its recoveries; amounts per fund are in the ledger.
CREATE TABLE reclaim (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id      BIGINT         NOT NULL,
    amount        DECIMAL(19,2)  NOT NULL,
    currency      CHAR(3)        NOT NULL,
    reason        VARCHAR(1000)  NOT NULL,
    raised_on     DATE           NOT NULL,
    raised_by     VARCHAR(100)   NOT NULL,
    raised_at     DATETIME(6)    NOT NULL,
    KEY ix_reclaim_claim (claim_id),
    CONSTRAINT fk_reclaim_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE reclaim_recovery (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reclaim_id    BIGINT         NOT NULL,
    amount        DECIMAL(19,2)  NOT NULL,
    recovered_on  DATE           NOT NULL,
    recorded_by   VARCHAR(100)   NOT NULL,
    recorded_at   DATETIME(6)    NOT NULL,
    KEY ix_reclaim_recovery_reclaim (reclaim_id),
    CONSTRAINT fk_reclaim_recovery_reclaim FOREIGN KEY (reclaim_id) REFERENCES reclaim (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
