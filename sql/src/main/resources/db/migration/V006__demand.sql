-- Demand: what link workers see, imported from case-management systems (docs/DEMAND-FORMATS.md), and what
-- commissioners make of it (matching, micro-commissioning proposals). NHS numbers never reach these tables: the
-- import replaces them with a keyed hash before anything is staged or written.

-- Where referrals come from (the PRSB standard's referral sources, simplified to the list in the brief).
CREATE TABLE referral_source (
    code        VARCHAR(30)  NOT NULL PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    sort_order  INT          NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO referral_source (code, name, sort_order) VALUES
('GP', 'GP or practice staff', 10),
('SELF', 'Self-referral', 20),
('SOCIAL_CARE', 'Social care', 30),
('HOSPITAL_DISCHARGE', 'Hospital discharge', 40),
('JOBCENTRE', 'JobCentre Plus', 50),
('VCSE', 'Voluntary or community organisation', 60),
('OTHER', 'Other', 70);

-- One uploaded file and the batch job that reads it. The job's checkpoint (lines_done) and its counts are updated
-- in the same transaction as the rows of each chunk, so after a crash the job resumes exactly where it committed.
CREATE TABLE demand_import (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    format           VARCHAR(20)   NOT NULL,
    file_name        VARCHAR(255)  NOT NULL,
    organisation_id  BIGINT        NOT NULL,
    uploaded_by      VARCHAR(100)  NOT NULL,
    uploaded_at      DATETIME(6)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    staged_file      VARCHAR(500)  NULL,
    total_lines      BIGINT        NOT NULL DEFAULT 0,
    lines_done       BIGINT        NOT NULL DEFAULT 0,
    rows_read        BIGINT        NOT NULL DEFAULT 0,
    rows_written     BIGINT        NOT NULL DEFAULT 0,
    rows_skipped     BIGINT        NOT NULL DEFAULT 0,
    execution_id     BIGINT        NULL,
    runner           VARCHAR(40)   NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    started_at       DATETIME(6)   NULL,
    finished_at      DATETIME(6)   NULL,
    failure_reason   VARCHAR(1000) NULL,
    KEY ix_demand_import_org (organisation_id),
    KEY ix_demand_import_status (status),
    CONSTRAINT fk_demand_import_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Every rejected line, with the column and reason (several rows when a line has several faults). Line 1 is the
-- header. Values that could identify a person are never copied into the reason.
CREATE TABLE demand_import_error (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    import_id    BIGINT        NOT NULL,
    line_number  BIGINT        NOT NULL,
    column_name  VARCHAR(60)   NOT NULL,
    reason       VARCHAR(500)  NOT NULL,
    KEY ix_demand_import_error (import_id, line_number),
    CONSTRAINT fk_demand_import_error_import FOREIGN KEY (import_id) REFERENCES demand_import (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One referral as the source system last reported it (a later file may update its outcome). The key is the source
-- system's own referral id, which makes re-imports and restarts idempotent. (A surrogate AUTO_INCREMENT key was
-- tried: no faster in the benchmark, and after a killed H2 process its identity restarted below stored ids.)
CREATE TABLE referral (
    source_system        VARCHAR(40)  NOT NULL,
    referral_ref         VARCHAR(64)  NOT NULL,
    referral_date        DATE         NOT NULL,
    quarter_start        DATE         NOT NULL,
    person_key           CHAR(64)     NOT NULL,
    person_key_kind      VARCHAR(10)  NOT NULL,
    age_band             VARCHAR(10)  NOT NULL,
    ward_code            CHAR(9)      NOT NULL,
    borough_code         CHAR(9)      NOT NULL,
    pcn_code             VARCHAR(20)  NULL,
    practice_code        VARCHAR(20)  NULL,
    referral_source      VARCHAR(30)  NOT NULL,
    setting              VARCHAR(60)  NULL,
    needs                VARCHAR(500) NOT NULL,
    service_id           BIGINT       NULL,
    service_name         VARCHAR(200) NULL,
    outcome              VARCHAR(20)  NOT NULL,
    ons4_satisfied_before   TINYINT   NULL,
    ons4_satisfied_after    TINYINT   NULL,
    ons4_worthwhile_before  TINYINT   NULL,
    ons4_worthwhile_after   TINYINT   NULL,
    ons4_happy_before       TINYINT   NULL,
    ons4_happy_after        TINYINT   NULL,
    ons4_anxious_before     TINYINT   NULL,
    ons4_anxious_after      TINYINT   NULL,
    swemwbs_before       DECIMAL(5,2) NULL,
    swemwbs_after        DECIMAL(5,2) NULL,
    sessions_attended    INT          NULL,
    import_id            BIGINT       NOT NULL,
    PRIMARY KEY (source_system, referral_ref),
    KEY ix_referral_service (service_id),
    -- Caseload (distinct people per ward or borough in a period) streams through this index in its own order:
    -- no table rows, no sort (a quarter-first index would need a sort of every person key in the period).
    KEY ix_referral_caseload (borough_code, ward_code, person_key, quarter_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A referral once per need it names: the rows matching counts. Area and quarter are copied from the referral so
-- that matching is one GROUP BY without a join.
CREATE TABLE referral_need (
    source_system   VARCHAR(40)  NOT NULL,
    referral_ref    VARCHAR(64)  NOT NULL,
    need_code       VARCHAR(40)  NOT NULL,
    quarter_start   DATE         NOT NULL,
    ward_code       CHAR(9)      NOT NULL,
    borough_code    CHAR(9)      NOT NULL,
    service_id      BIGINT       NULL,
    PRIMARY KEY (source_system, referral_ref, need_code),
    KEY ix_referral_need_cell (quarter_start, need_code, ward_code),
    -- Matching asks, per contracted service, whether any referral in the period named it: one probe each.
    KEY ix_referral_need_service (service_id, quarter_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Counts from systems that only report totals. Keyed like a referral: re-importing a quarter replaces its counts.
CREATE TABLE demand_aggregate (
    source_system    VARCHAR(40)  NOT NULL,
    quarter_start    DATE         NOT NULL,
    area_code        CHAR(9)      NOT NULL,
    borough_code     CHAR(9)      NOT NULL,
    need_code        VARCHAR(40)  NOT NULL,
    referral_source  VARCHAR(30)  NOT NULL,
    referrals        INT          NOT NULL,
    import_id        BIGINT       NOT NULL,
    PRIMARY KEY (source_system, quarter_start, area_code, need_code, referral_source),
    KEY ix_demand_aggregate_cell (quarter_start, need_code, area_code),
    CONSTRAINT ck_demand_aggregate_referrals CHECK (referrals >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Link-worker coverage is population per FTE, so a post needs the area it covers (a borough or a ward).
ALTER TABLE link_worker_post ADD COLUMN area_code CHAR(9) NULL;

-- A proposal for spending a micro-commissioning pot, computed from the gaps; accepting it posts one allocation per
-- line from the pot. The inputs are kept so the proposal can be explained and re-run.
CREATE TABLE allocation_proposal (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    fund_id                BIGINT        NOT NULL,
    period_from            DATE          NOT NULL,
    period_to              DATE          NOT NULL,
    needs                  VARCHAR(1000) NOT NULL,
    -- Comma-separated; room for every one of London's 633 ward codes (633 × 10 − 1 = 6,329 characters).
    areas                  VARCHAR(6400) NOT NULL,
    min_award              DECIMAL(19,2) NOT NULL,
    max_award              DECIMAL(19,2) NOT NULL,
    currency               CHAR(3)       NOT NULL,
    deprivation_weighting  BOOLEAN       NOT NULL,
    pot_available          DECIMAL(19,2) NOT NULL,
    -- What the proposal shares out: the amount asked for, or all the pot had AVAILABLE; the rest is unallocated.
    amount_to_share        DECIMAL(19,2) NOT NULL,
    total_proposed         DECIMAL(19,2) NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    decision_id            BIGINT        NULL,
    created_at             DATETIME(6)   NOT NULL,
    created_by             VARCHAR(100)  NOT NULL,
    accepted_at            DATETIME(6)   NULL,
    accepted_by            VARCHAR(100)  NULL,
    row_version            INT           NOT NULL DEFAULT 0,
    KEY ix_allocation_proposal_fund (fund_id),
    CONSTRAINT fk_allocation_proposal_fund FOREIGN KEY (fund_id) REFERENCES fund (id),
    CONSTRAINT fk_allocation_proposal_decision FOREIGN KEY (decision_id) REFERENCES decision (id),
    CONSTRAINT ck_allocation_proposal_awards CHECK (min_award >= 0 AND max_award >= min_award)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE allocation_proposal_line (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    proposal_id         BIGINT        NOT NULL,
    line_order          INT           NOT NULL,
    need_code           VARCHAR(40)   NOT NULL,
    area_code           CHAR(9)       NOT NULL,
    referrals           BIGINT        NOT NULL,
    capacity            DECIMAL(19,2) NOT NULL,
    unmet               DECIMAL(19,2) NOT NULL,
    unit_cost           DECIMAL(19,2) NULL,
    unit_cost_basis     VARCHAR(200)  NOT NULL,
    unfunded            DECIMAL(19,2) NOT NULL,
    deprivation_weight  DECIMAL(9,4)  NOT NULL,
    weight              DECIMAL(19,4) NOT NULL,
    amount              DECIMAL(19,2) NOT NULL,
    candidate_services  VARCHAR(1000) NULL,
    explanation         VARCHAR(1000) NOT NULL,
    allocation_id       BIGINT        NULL,
    KEY ix_allocation_proposal_line (proposal_id),
    CONSTRAINT fk_allocation_proposal_line FOREIGN KEY (proposal_id) REFERENCES allocation_proposal (id),
    CONSTRAINT fk_allocation_proposal_line_alloc FOREIGN KEY (allocation_id) REFERENCES allocation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
