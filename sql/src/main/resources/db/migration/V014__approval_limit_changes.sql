-- Changing an approval limit takes two administrators: one proposes, a different one approves (docs/CLAIMS.md,
-- "Approval limits"). Both tables are append-only: a change is never edited, and its outcome is one row of its own.

-- "No limit" is a row of its own kind (its amount is not read), so the latest row is still the limit in force.
-- approved_by and change_id are empty for limits set by the system (the demo's) before changes needed approval.
ALTER TABLE approval_limit ADD COLUMN unlimited BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE approval_limit ADD COLUMN approved_by VARCHAR(100) NULL;
ALTER TABLE approval_limit ADD COLUMN change_id BIGINT NULL;

-- A proposed change: whose limit, to what (amount NULL = no limit), why, and who proposed it.
CREATE TABLE approval_limit_change (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username     VARCHAR(100)   NOT NULL,
    amount       DECIMAL(19,2)  NULL,
    currency     CHAR(3)        NOT NULL,
    reason       VARCHAR(1000)  NOT NULL,
    proposed_by  VARCHAR(100)   NOT NULL,
    proposed_at  DATETIME(6)    NOT NULL,
    KEY ix_approval_limit_change_user (username, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- How a change ended: APPROVED, REJECTED or WITHDRAWN. At most one per change, so two administrators deciding at
-- once cannot both win; a change without one is still PROPOSED.
CREATE TABLE approval_limit_decision (
    id          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    change_id   BIGINT         NOT NULL,
    outcome     VARCHAR(20)    NOT NULL,
    decided_by  VARCHAR(100)   NOT NULL,
    decided_at  DATETIME(6)    NOT NULL,
    note        VARCHAR(1000)  NULL,
    CONSTRAINT uq_approval_limit_decision_change UNIQUE (change_id),
    CONSTRAINT fk_approval_limit_decision_change FOREIGN KEY (change_id) REFERENCES approval_limit_change (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
