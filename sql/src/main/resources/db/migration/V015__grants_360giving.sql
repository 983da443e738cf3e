-- Grants in the 360Giving Data Standard (docs/GRANTS-360GIVING.md): historic awards made by other funders, imported
-- from their published files and exported again. They are facts about the past, not money this system moves, so
-- nothing here is posted to the ledger.

-- One uploaded file as received and what became of it.
CREATE TABLE giving_import (
    id                  BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    file_name           VARCHAR(200)   NOT NULL,
    format              VARCHAR(10)    NOT NULL,
    sha256              CHAR(64)       NOT NULL,
    imported_by         VARCHAR(100)   NOT NULL,
    imported_at         DATETIME(6)    NOT NULL,
    imported_count      INT            NOT NULL DEFAULT 0,
    unchanged_count     INT            NOT NULL DEFAULT 0,
    rejected_count      INT            NOT NULL DEFAULT 0,
    recipients_created  INT            NOT NULL DEFAULT 0,
    status              VARCHAR(20)    NOT NULL,
    KEY ix_giving_import_sha256 (sha256)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Each grant of a file that was not imported, by its id (JSON) or line (CSV), with the field at fault.
CREATE TABLE giving_import_problem (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    import_id    BIGINT         NOT NULL,
    position     INT            NOT NULL,
    grant_id     VARCHAR(200)   NULL,
    line_number  INT            NULL,
    field        VARCHAR(200)   NULL,
    message      VARCHAR(1000)  NOT NULL,
    KEY ix_giving_import_problem_import (import_id, position),
    CONSTRAINT fk_giving_import_problem_import FOREIGN KEY (import_id) REFERENCES giving_import (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One grant. The standard's fields a commissioner searches and sums by are columns; every other field the publisher
-- gave (extensions, recipient numbers and addresses, URLs, further array items) is kept as JSON in extensions, so an
-- export gives back what was imported. content_sha256 is of the grant's canonical JSON: re-importing the same grant,
-- from JSON or CSV, is recognised as unchanged and a different one under the same id as a conflict.
CREATE TABLE giving_grant (
    id                          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    identifier                  VARCHAR(200)   NOT NULL,
    title                       VARCHAR(1000)  NOT NULL,
    description                 MEDIUMTEXT     NOT NULL,
    currency                    CHAR(3)        NOT NULL,
    amount_awarded              DECIMAL(19,2)  NOT NULL,
    amount_applied_for          DECIMAL(19,2)  NULL,
    amount_disbursed            DECIMAL(19,2)  NULL,
    award_date                  DATE           NOT NULL,
    planned_start_date          DATE           NULL,
    planned_end_date            DATE           NULL,
    planned_duration_months     DECIMAL(9,2)   NULL,
    recipient_organisation_id   BIGINT         NOT NULL,
    -- the recipient's name as this grant gives it: one organisation is published under several spellings
    recipient_org_name          VARCHAR(500)   NOT NULL,
    funding_org_identifier      VARCHAR(200)   NOT NULL,
    funding_org_name            VARCHAR(500)   NOT NULL,
    funding_org_department      VARCHAR(500)   NULL,
    grant_programme_code        VARCHAR(200)   NULL,
    grant_programme_title       VARCHAR(500)   NULL,
    from_open_call              VARCHAR(20)    NULL,
    -- as the publisher wrote it (a date-time with or without zone), never reformatted
    date_modified               VARCHAR(40)    NULL,
    data_source                 VARCHAR(1000)  NULL,
    extensions                  MEDIUMTEXT     NULL,
    content_sha256              CHAR(64)       NOT NULL,
    import_id                   BIGINT         NOT NULL,
    UNIQUE KEY ux_giving_grant_identifier (identifier),
    KEY ix_giving_grant_recipient (recipient_organisation_id),
    KEY ix_giving_grant_award_date (award_date),
    KEY ix_giving_grant_import (import_id),
    CONSTRAINT fk_giving_grant_recipient FOREIGN KEY (recipient_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_giving_grant_import FOREIGN KEY (import_id) REFERENCES giving_import (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Where a grant's beneficiaries are, in the grant's order.
CREATE TABLE giving_grant_location (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    grant_id       BIGINT         NOT NULL,
    position       INT            NOT NULL,
    name           VARCHAR(500)   NULL,
    country_code   VARCHAR(10)    NULL,
    geo_code       VARCHAR(50)    NULL,
    geo_code_type  VARCHAR(20)    NULL,
    UNIQUE KEY ux_giving_grant_location (grant_id, position),
    CONSTRAINT fk_giving_grant_location_grant FOREIGN KEY (grant_id) REFERENCES giving_grant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
