-- What commissioners buy and what it really costs: the need categories link workers see, the directory of VCSE
-- services, contracts and grant agreements (with their paying funds, services, payment schedules, variations and
-- subcontracts), full-cost-recovery budgets and link-worker posts. Money movements stay in the ledger: activating or
-- varying a contract posts its commitment there; these tables hold the documents behind the postings.

-- The needs people bring to link workers (DOMAIN.md "Demand"). A SNOMED CT concept can be mapped to each; only a
-- concept checked against a terminology browser is seeded, the rest are left for an administrator to map.
CREATE TABLE need_category (
    code          VARCHAR(40)   NOT NULL PRIMARY KEY,
    name          VARCHAR(120)  NOT NULL,
    description   VARCHAR(500)  NOT NULL,
    snomed_code   VARCHAR(18)   NULL,
    snomed_term   VARCHAR(255)  NULL,
    sort_order    INT           NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO need_category (code, name, description, snomed_code, snomed_term, sort_order) VALUES
('HOUSING', 'Housing', 'Homelessness, insecure or poor housing, tenancy problems', '365500004', 'Housing, local environment and transport finding (finding)', 10),
('WELFARE_BENEFITS_DEBT', 'Welfare benefits and debt', 'Benefit claims and appeals, debt advice, budgeting', NULL, NULL, 20),
('SOCIAL_WELFARE_LEGAL_ADVICE', 'Social welfare legal advice', 'Legal advice on housing, employment, immigration and community care', NULL, NULL, 30),
('LONELINESS_ISOLATION', 'Loneliness and isolation', 'Befriending, peer support, community groups', NULL, NULL, 40),
('MENTAL_WELLBEING', 'Mental wellbeing', 'Low mood, anxiety, stress; talking groups and wellbeing courses', NULL, NULL, 50),
('PHYSICAL_ACTIVITY', 'Physical activity', 'Walking groups, exercise and sport, green activity', NULL, NULL, 60),
('ARTS_CREATIVITY', 'Arts and creativity', 'Arts on prescription, music, crafts, heritage', NULL, NULL, 70),
('EMPLOYMENT_SKILLS', 'Employment and skills', 'Employment support, volunteering, adult learning', NULL, NULL, 80),
('FOOD_FUEL_POVERTY', 'Food and fuel poverty', 'Food banks, community meals, energy advice', NULL, NULL, 90),
('CARERS_SUPPORT', 'Carers'' support', 'Support, respite and advice for unpaid carers', NULL, NULL, 100),
('LTC_SELF_MANAGEMENT', 'Long-term condition self-management', 'Living well with diabetes, COPD, pain and other conditions', NULL, NULL, 110),
('DIGITAL_INCLUSION', 'Digital inclusion', 'Getting online, devices and skills', NULL, NULL, 120);

-- A service a VCSE organisation runs: what matching compares demand with. Capacity is per quarter, in the unit the
-- service counts (places, sessions or referrals), at a unit cost.
CREATE TABLE vcse_service (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    provider_id            BIGINT        NOT NULL,
    name                   VARCHAR(200)  NOT NULL,
    description            VARCHAR(2000) NULL,
    capacity_unit          VARCHAR(20)   NOT NULL,
    capacity_per_quarter   INT           NOT NULL,
    unit_cost              DECIMAL(19,2) NOT NULL,
    currency               CHAR(3)       NOT NULL,
    min_age                INT           NULL,
    max_age                INT           NULL,
    eligibility            VARCHAR(1000) NULL,
    contact_name           VARCHAR(200)  NULL,
    contact_email          VARCHAR(200)  NULL,
    contact_phone          VARCHAR(40)   NULL,
    status                 VARCHAR(20)   NOT NULL,
    row_version            INT           NOT NULL DEFAULT 0,
    created_at             DATETIME(6)   NOT NULL,
    created_by             VARCHAR(100)  NOT NULL,
    KEY ix_vcse_service_provider (provider_id),
    CONSTRAINT fk_vcse_service_provider FOREIGN KEY (provider_id) REFERENCES organisation (id),
    CONSTRAINT ck_vcse_service_capacity CHECK (capacity_per_quarter >= 0),
    CONSTRAINT ck_vcse_service_unit_cost CHECK (unit_cost >= 0),
    CONSTRAINT ck_vcse_service_ages CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE vcse_service_need (
    service_id  BIGINT      NOT NULL,
    need_code   VARCHAR(40) NOT NULL,
    PRIMARY KEY (service_id, need_code),
    KEY ix_vcse_service_need_code (need_code),
    CONSTRAINT fk_vcse_service_need_service FOREIGN KEY (service_id) REFERENCES vcse_service (id),
    CONSTRAINT fk_vcse_service_need_code FOREIGN KEY (need_code) REFERENCES need_category (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Where a service takes people from: a borough (E09…) means every ward in it; a ward (E05…) means that ward.
CREATE TABLE vcse_service_area (
    service_id  BIGINT   NOT NULL,
    area_code   CHAR(9)  NOT NULL,
    PRIMARY KEY (service_id, area_code),
    KEY ix_vcse_service_area_code (area_code),
    CONSTRAINT fk_vcse_service_area_service FOREIGN KEY (service_id) REFERENCES vcse_service (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A contract or grant agreement. The terms here (value, period) are the current ones; every change after activation
-- is a contract_variation row citing a decision, which keeps the previous terms. A subcontract names its lead
-- contract: its money flows through the lead, so it has no funding lines of its own.
CREATE TABLE contract (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference            VARCHAR(60)   NOT NULL,
    title                VARCHAR(300)  NOT NULL,
    type                 VARCHAR(30)   NOT NULL,
    provider_id          BIGINT        NOT NULL,
    lead_contract_id     BIGINT        NULL,
    start_date           DATE          NOT NULL,
    end_date             DATE          NOT NULL,
    contract_value       DECIMAL(19,2) NOT NULL,
    currency             CHAR(3)       NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    conditions           VARCHAR(4000) NULL,
    decision_id          BIGINT        NULL,
    commitment_entry_id  BIGINT        NULL,
    activated_on         DATE          NULL,
    activated_at         DATETIME(6)   NULL,
    activated_by         VARCHAR(100)  NULL,
    closed_at            DATETIME(6)   NULL,
    closed_by            VARCHAR(100)  NULL,
    close_reason         VARCHAR(1000) NULL,
    row_version          INT           NOT NULL DEFAULT 0,
    created_at           DATETIME(6)   NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    UNIQUE KEY uk_contract_reference (reference),
    KEY ix_contract_provider (provider_id),
    KEY ix_contract_lead (lead_contract_id),
    CONSTRAINT fk_contract_provider FOREIGN KEY (provider_id) REFERENCES organisation (id),
    CONSTRAINT fk_contract_lead FOREIGN KEY (lead_contract_id) REFERENCES contract (id),
    CONSTRAINT fk_contract_decision FOREIGN KEY (decision_id) REFERENCES decision (id),
    CONSTRAINT ck_contract_period CHECK (end_date >= start_date),
    CONSTRAINT ck_contract_value CHECK (contract_value > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The commissioner(s) buying (OCDS "buyer"); for a subcontract, the lead provider.
CREATE TABLE contract_commissioner (
    contract_id      BIGINT NOT NULL,
    organisation_id  BIGINT NOT NULL,
    PRIMARY KEY (contract_id, organisation_id),
    KEY ix_contract_commissioner_org (organisation_id),
    CONSTRAINT fk_contract_commissioner_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT fk_contract_commissioner_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Which fund pays how much of the contract (the split when co-funded). A line that names an allocation draws its
-- commitment from that earmark (ALLOCATED); otherwise from the fund's remaining budget (AVAILABLE).
CREATE TABLE contract_funding (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contract_id    BIGINT        NOT NULL,
    fund_id        BIGINT        NOT NULL,
    allocation_id  BIGINT        NULL,
    amount         DECIMAL(19,2) NOT NULL,
    currency       CHAR(3)       NOT NULL,
    UNIQUE KEY uk_contract_funding (contract_id, fund_id),
    KEY ix_contract_funding_fund (fund_id),
    KEY ix_contract_funding_allocation (allocation_id),
    CONSTRAINT fk_contract_funding_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT fk_contract_funding_fund FOREIGN KEY (fund_id) REFERENCES fund (id),
    CONSTRAINT fk_contract_funding_allocation FOREIGN KEY (allocation_id) REFERENCES allocation (id),
    CONSTRAINT ck_contract_funding_amount CHECK (amount >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The services a contract buys and how much of each per quarter (NULL = the whole service).
CREATE TABLE contract_service (
    contract_id          BIGINT NOT NULL,
    service_id           BIGINT NOT NULL,
    units_per_quarter    INT    NULL,
    PRIMARY KEY (contract_id, service_id),
    KEY ix_contract_service_service (service_id),
    CONSTRAINT fk_contract_service_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT fk_contract_service_service FOREIGN KEY (service_id) REFERENCES vcse_service (id),
    CONSTRAINT ck_contract_service_units CHECK (units_per_quarter IS NULL OR units_per_quarter >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Instalments and milestones. A milestone is released when its report is accepted. A variation that changes the
-- schedule supersedes the unreleased lines and adds new ones, so the schedule's history stays readable.
CREATE TABLE payment_schedule_line (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contract_id        BIGINT        NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    description        VARCHAR(300)  NOT NULL,
    due_date           DATE          NOT NULL,
    amount             DECIMAL(19,2) NOT NULL,
    currency           CHAR(3)       NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    report_accepted_at DATETIME(6)   NULL,
    report_accepted_by VARCHAR(100)  NULL,
    added_by_variation INT           NULL,
    superseded_by_variation INT      NULL,
    KEY ix_payment_schedule_contract (contract_id),
    CONSTRAINT fk_payment_schedule_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT ck_payment_schedule_amount CHECK (amount > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Every change to an active contract: what it was, what it became, the decision that authorised it and the journal
-- entry that posted the difference in commitment.
CREATE TABLE contract_variation (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contract_id         BIGINT        NOT NULL,
    variation_number    INT           NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    decision_id         BIGINT        NULL,
    reason              VARCHAR(1000) NOT NULL,
    previous_value      DECIMAL(19,2) NOT NULL,
    new_value           DECIMAL(19,2) NOT NULL,
    currency            CHAR(3)       NOT NULL,
    previous_start_date DATE          NOT NULL,
    previous_end_date   DATE          NOT NULL,
    new_start_date      DATE          NOT NULL,
    new_end_date        DATE          NOT NULL,
    services_added      VARCHAR(1000) NULL,
    services_removed    VARCHAR(1000) NULL,
    effective_date      DATE          NOT NULL,
    journal_entry_id    BIGINT        NULL,
    created_at          DATETIME(6)   NOT NULL,
    created_by          VARCHAR(100)  NOT NULL,
    UNIQUE KEY uk_contract_variation (contract_id, variation_number),
    CONSTRAINT fk_contract_variation_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT fk_contract_variation_decision FOREIGN KEY (decision_id) REFERENCES decision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A provider's full-cost-recovery budget for a financial year (ACEVO / NPC): the four overhead pools and the
-- organisation's totals for the headcount and staff-time drivers. Activities, staff and other cost lines hang off it.
CREATE TABLE fcr_budget (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    provider_id         BIGINT        NOT NULL,
    financial_year      CHAR(7)       NOT NULL,
    currency            CHAR(3)       NOT NULL,
    premises_and_office DECIMAL(19,2) NOT NULL,
    central_functions   DECIMAL(19,2) NOT NULL,
    governance_and_strategy DECIMAL(19,2) NOT NULL,
    fundraising         DECIMAL(19,2) NOT NULL,
    total_headcount     DECIMAL(9,2)  NOT NULL,
    total_staff_time    DECIMAL(9,2)  NOT NULL,
    row_version         INT           NOT NULL DEFAULT 0,
    updated_at          DATETIME(6)   NOT NULL,
    updated_by          VARCHAR(100)  NOT NULL,
    UNIQUE KEY uk_fcr_budget (provider_id, financial_year),
    CONSTRAINT fk_fcr_budget_provider FOREIGN KEY (provider_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE fcr_activity (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    budget_id       BIGINT        NOT NULL,
    position        INT           NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    service_id      BIGINT        NULL,
    headcount       DECIMAL(9,2)  NOT NULL,
    staff_time      DECIMAL(9,2)  NOT NULL,
    units_per_year  DECIMAL(12,2) NULL,
    KEY ix_fcr_activity_budget (budget_id),
    KEY ix_fcr_activity_service (service_id),
    CONSTRAINT fk_fcr_activity_budget FOREIGN KEY (budget_id) REFERENCES fcr_budget (id),
    CONSTRAINT fk_fcr_activity_service FOREIGN KEY (service_id) REFERENCES vcse_service (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE fcr_cost_line (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    activity_id   BIGINT        NOT NULL,
    position      INT           NOT NULL,
    category      VARCHAR(30)   NOT NULL,
    description   VARCHAR(200)  NOT NULL,
    fte           DECIMAL(6,3)  NULL,
    salary        DECIMAL(19,2) NULL,
    on_cost_pct   DECIMAL(6,2)  NULL,
    amount        DECIMAL(19,2) NULL,
    KEY ix_fcr_cost_line_activity (activity_id),
    CONSTRAINT fk_fcr_cost_line_activity FOREIGN KEY (activity_id) REFERENCES fcr_activity (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A social prescribing link-worker post under the NHS Additional Roles Reimbursement Scheme, with what the scheme
-- pays, what the post really costs and who tops up the difference.
CREATE TABLE link_worker_post (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title                 VARCHAR(200)  NOT NULL,
    employer_id           BIGINT        NOT NULL,
    nhs_employer          BOOLEAN       NOT NULL,
    pcns_served           VARCHAR(1000) NOT NULL,
    financial_year        CHAR(7)       NOT NULL,
    fte                   DECIMAL(6,3)  NOT NULL,
    salary                DECIMAL(19,2) NOT NULL,
    employer_on_costs     DECIMAL(19,2) NOT NULL,
    supervision           DECIMAL(19,2) NOT NULL,
    travel                DECIMAL(19,2) NOT NULL,
    it_costs              DECIMAL(19,2) NOT NULL,
    premises              DECIMAL(19,2) NOT NULL,
    max_per_wte           DECIMAL(19,2) NOT NULL,
    on_cost_cap           DECIMAL(19,2) NOT NULL,
    currency              CHAR(3)       NOT NULL,
    topped_up_by_id       BIGINT        NULL,
    recorded_by_org_id    BIGINT        NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    created_by            VARCHAR(100)  NOT NULL,
    KEY ix_link_worker_post_employer (employer_id),
    CONSTRAINT fk_link_worker_post_employer FOREIGN KEY (employer_id) REFERENCES organisation (id),
    CONSTRAINT fk_link_worker_post_topped_up_by FOREIGN KEY (topped_up_by_id) REFERENCES organisation (id),
    CONSTRAINT fk_link_worker_post_recorded_by FOREIGN KEY (recorded_by_org_id) REFERENCES organisation (id),
    CONSTRAINT ck_link_worker_post_fte CHECK (fte > 0 AND fte <= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
