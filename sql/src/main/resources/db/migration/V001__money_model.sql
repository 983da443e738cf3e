-- The money model: organisations, users, decisions, funds and their partners, the append-only ledger,
-- contributions, transfers, allocations, closed periods and the audit trail.
-- Runs on MySQL 8 / MariaDB 10.11 and on H2 in MySQL mode; MySQL-only guards live in db/mysql.

CREATE TABLE organisation (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    org_id      VARCHAR(120) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    type        VARCHAR(30)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    UNIQUE KEY uk_organisation_org_id (org_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE app_user (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username         VARCHAR(100) NOT NULL,
    display_name     VARCHAR(200) NOT NULL,
    password_hash    VARCHAR(400) NOT NULL,
    role             VARCHAR(20)  NOT NULL,
    organisation_id  BIGINT       NOT NULL,
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_sign_ins  INT          NOT NULL DEFAULT 0,
    locked_until     DATETIME(6)  NULL,
    created_at       DATETIME(6)  NOT NULL,
    UNIQUE KEY uk_app_user_username (username),
    CONSTRAINT fk_app_user_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE decision (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference        VARCHAR(40)   NOT NULL,
    type             VARCHAR(40)   NOT NULL,
    title            VARCHAR(300)  NOT NULL,
    organisation_id  BIGINT        NOT NULL,
    signatory        VARCHAR(200)  NOT NULL,
    signatory_role   VARCHAR(200)  NOT NULL,
    date_signed      DATE          NOT NULL,
    summary          VARCHAR(4000) NULL,
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    UNIQUE KEY uk_decision_reference (reference),
    CONSTRAINT fk_decision_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE fund (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code             VARCHAR(40)   NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    type             VARCHAR(40)   NOT NULL,
    owner_id         BIGINT        NOT NULL,
    host_id          BIGINT        NULL,
    pool_manager_id  BIGINT        NULL,
    financial_year   CHAR(7)       NOT NULL,
    purpose          VARCHAR(1000) NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    currency         CHAR(3)       NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    UNIQUE KEY uk_fund_code (code),
    KEY ix_fund_owner (owner_id),
    CONSTRAINT fk_fund_owner FOREIGN KEY (owner_id) REFERENCES organisation (id),
    CONSTRAINT fk_fund_host FOREIGN KEY (host_id) REFERENCES organisation (id),
    CONSTRAINT fk_fund_pool_manager FOREIGN KEY (pool_manager_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Partners of a fund. For a pooled fund, risk_share_pct says who bears an overspend and keeps an underspend:
-- FIXED partners carry their stated %, VARIABLE partners share what is left in proportion to what they put in.
CREATE TABLE fund_partner (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    fund_id          BIGINT       NOT NULL,
    organisation_id  BIGINT       NOT NULL,
    risk_share_type  VARCHAR(10)  NOT NULL,
    risk_share_pct   DECIMAL(7,4) NULL,
    UNIQUE KEY uk_fund_partner (fund_id, organisation_id),
    CONSTRAINT fk_fund_partner_fund FOREIGN KEY (fund_id) REFERENCES fund (id),
    CONSTRAINT fk_fund_partner_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_fund_partner_pct CHECK (risk_share_pct IS NULL OR (risk_share_pct >= 0 AND risk_share_pct <= 100))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A journal entry groups the postings of one money movement; its postings sum to zero.
-- A correction is a new entry that reverses an earlier one (at most once).
CREATE TABLE journal_entry (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entry_type         VARCHAR(30)  NOT NULL,
    source_type        VARCHAR(40)  NOT NULL,
    source_id          BIGINT       NULL,
    value_date         DATE         NOT NULL,
    quarter_code       CHAR(10)     NOT NULL,
    description        VARCHAR(500) NOT NULL,
    reverses_entry_id  BIGINT       NULL,
    created_at         DATETIME(6)  NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    UNIQUE KEY uk_journal_entry_reverses (reverses_entry_id),
    KEY ix_journal_entry_source (source_type, source_id),
    CONSTRAINT fk_journal_entry_reverses FOREIGN KEY (reverses_entry_id) REFERENCES journal_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The ledger: one signed posting per fund and account. Never updated, never deleted.
CREATE TABLE ledger_posting (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entry_id             BIGINT        NOT NULL,
    fund_id              BIGINT        NOT NULL,
    partner_id           BIGINT        NULL,
    account              VARCHAR(20)   NOT NULL,
    amount               DECIMAL(19,2) NOT NULL,
    currency             CHAR(3)       NOT NULL,
    quarter_code         CHAR(10)      NOT NULL,
    value_date           DATE          NOT NULL,
    source_type          VARCHAR(40)   NOT NULL,
    source_id            BIGINT        NULL,
    reverses_posting_id  BIGINT        NULL,
    created_at           DATETIME(6)   NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    -- Positions sum a fund's postings per (account, partner) up to a date: each such sum is one contiguous range
    -- of this covering index. (Date first would send a million postings through a temporary table to group them.)
    KEY ix_ledger_posting_balance (fund_id, account, partner_id, value_date, amount),
    -- A fund's ledger pages in date order.
    KEY ix_ledger_posting_fund_date (fund_id, value_date, id),
    KEY ix_ledger_posting_entry (entry_id),
    KEY ix_ledger_posting_quarter (quarter_code),
    CONSTRAINT fk_ledger_posting_entry FOREIGN KEY (entry_id) REFERENCES journal_entry (id),
    CONSTRAINT fk_ledger_posting_fund FOREIGN KEY (fund_id) REFERENCES fund (id),
    CONSTRAINT fk_ledger_posting_partner FOREIGN KEY (partner_id) REFERENCES organisation (id),
    CONSTRAINT fk_ledger_posting_reverses FOREIGN KEY (reverses_posting_id) REFERENCES ledger_posting (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE period_close (
    quarter_code  CHAR(10)     NOT NULL PRIMARY KEY,
    closed_at     DATETIME(6)  NOT NULL,
    closed_by     VARCHAR(100) NOT NULL,
    note          VARCHAR(500) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE contribution (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    fund_id           BIGINT        NOT NULL,
    partner_id        BIGINT        NOT NULL,
    amount            DECIMAL(19,2) NOT NULL,
    currency          CHAR(3)       NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    value_date        DATE          NOT NULL,
    note              VARCHAR(500)  NULL,
    decision_id       BIGINT        NULL,
    journal_entry_id  BIGINT        NULL,
    created_at        DATETIME(6)   NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    KEY ix_contribution_fund (fund_id),
    CONSTRAINT fk_contribution_fund FOREIGN KEY (fund_id) REFERENCES fund (id),
    CONSTRAINT fk_contribution_partner FOREIGN KEY (partner_id) REFERENCES organisation (id),
    CONSTRAINT fk_contribution_decision FOREIGN KEY (decision_id) REFERENCES decision (id),
    CONSTRAINT fk_contribution_entry FOREIGN KEY (journal_entry_id) REFERENCES journal_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE transfer (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    from_fund_id      BIGINT        NOT NULL,
    to_fund_id        BIGINT        NOT NULL,
    amount            DECIMAL(19,2) NOT NULL,
    currency          CHAR(3)       NOT NULL,
    decision_id       BIGINT        NOT NULL,
    value_date        DATE          NOT NULL,
    reason            VARCHAR(1000) NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    decided_at        DATETIME(6)   NULL,
    decided_by        VARCHAR(100)  NULL,
    journal_entry_id  BIGINT        NULL,
    KEY ix_transfer_status (status),
    CONSTRAINT fk_transfer_from FOREIGN KEY (from_fund_id) REFERENCES fund (id),
    CONSTRAINT fk_transfer_to FOREIGN KEY (to_fund_id) REFERENCES fund (id),
    CONSTRAINT fk_transfer_decision FOREIGN KEY (decision_id) REFERENCES decision (id),
    CONSTRAINT fk_transfer_entry FOREIGN KEY (journal_entry_id) REFERENCES journal_entry (id),
    CONSTRAINT ck_transfer_positive CHECK (amount > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE allocation (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    fund_id           BIGINT        NOT NULL,
    amount            DECIMAL(19,2) NOT NULL,
    currency          CHAR(3)       NOT NULL,
    purpose           VARCHAR(500)  NOT NULL,
    target_type       VARCHAR(30)   NOT NULL,
    target_ref        VARCHAR(100)  NULL,
    decision_id       BIGINT        NULL,
    value_date        DATE          NOT NULL,
    journal_entry_id  BIGINT        NULL,
    created_at        DATETIME(6)   NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    KEY ix_allocation_fund (fund_id),
    CONSTRAINT fk_allocation_fund FOREIGN KEY (fund_id) REFERENCES fund (id),
    CONSTRAINT fk_allocation_decision FOREIGN KEY (decision_id) REFERENCES decision (id),
    CONSTRAINT fk_allocation_entry FOREIGN KEY (journal_entry_id) REFERENCES journal_entry (id),
    CONSTRAINT ck_allocation_positive CHECK (amount > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE audit_event (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entity_type   VARCHAR(60)  NOT NULL,
    entity_id     VARCHAR(60)  NOT NULL,
    action        VARCHAR(40)  NOT NULL,
    actor         VARCHAR(100) NOT NULL,
    occurred_at   DATETIME(6)  NOT NULL,
    before_state  TEXT         NULL,
    after_state   TEXT         NULL,
    KEY ix_audit_event_entity (entity_type, entity_id),
    KEY ix_audit_event_time (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
