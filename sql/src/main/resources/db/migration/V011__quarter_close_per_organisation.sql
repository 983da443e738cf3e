-- Quarter close per organisation, and closing balances.
--
-- A quarter is closed by the organisation that keeps a fund's books: the host of a pooled fund (a Section 75 pool is
-- held in the host's accounts), otherwise the fund's owner, i.e. COALESCE(fund.host_id, fund.owner_id). One close
-- used to lock every organisation's ledger; each close recorded then becomes a close, with the same time, person and
-- note, for every organisation keeping the books of a fund at migration time: exactly the funds it locked stay locked.

CREATE TABLE period_close_by_org (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT       NOT NULL,
    quarter_code     CHAR(10)     NOT NULL,
    closed_at        DATETIME(6)  NOT NULL,
    closed_by        VARCHAR(100) NOT NULL,
    note             VARCHAR(500) NULL,
    UNIQUE KEY uk_period_close_org_quarter (organisation_id, quarter_code),
    CONSTRAINT fk_period_close_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO period_close_by_org (organisation_id, quarter_code, closed_at, closed_by, note)
SELECT k.organisation_id, pc.quarter_code, pc.closed_at, pc.closed_by, pc.note
FROM period_close pc
CROSS JOIN (SELECT DISTINCT COALESCE(f.host_id, f.owner_id) AS organisation_id FROM fund f) k
ORDER BY pc.quarter_code, k.organisation_id;

DROP TABLE period_close;
ALTER TABLE period_close_by_org RENAME TO period_close;

-- Each fund's balance per account and partner at the end of a quarter its book-keeper closed, written by the close in
-- the same transaction. Append-only: a closed quarter takes no more postings, so its closing balance never changes.
-- Positions start from the last one and add only the postings dated after it.
CREATE TABLE fund_closing_balance (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    fund_id       BIGINT        NOT NULL,
    quarter_code  CHAR(10)      NOT NULL,
    account       VARCHAR(20)   NOT NULL,
    partner_id    BIGINT        NULL,
    amount        DECIMAL(19,2) NOT NULL,
    currency      CHAR(3)       NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    KEY ix_fund_closing_balance (fund_id, quarter_code),
    CONSTRAINT fk_fund_closing_balance_fund FOREIGN KEY (fund_id) REFERENCES fund (id),
    CONSTRAINT fk_fund_closing_balance_partner FOREIGN KEY (partner_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The quarters closed before this migration get their closing balances too (quarter codes sort in time order, and a
-- posting's quarter is its value date's, so "quarter_code <= the closed one" is "dated on or before its end").
INSERT INTO fund_closing_balance (fund_id, quarter_code, account, partner_id, amount, currency, created_at)
SELECT f.id, pc.quarter_code, p.account, p.partner_id, SUM(p.amount), p.currency, CURRENT_TIMESTAMP
FROM period_close pc
JOIN fund f ON pc.organisation_id = COALESCE(f.host_id, f.owner_id)
JOIN ledger_posting p ON p.fund_id = f.id AND p.quarter_code <= pc.quarter_code
GROUP BY f.id, pc.quarter_code, p.account, p.partner_id, p.currency;
