-- MySQL/MariaDB only, after V011: the database refuses a posting dated in a quarter closed by the organisation that
-- keeps the books of the posting's fund (the host of a pooled fund, otherwise its owner), as the service does.
-- A journal entry names no fund, so the guard on journal_entry goes: its postings are what the close locks, and an
-- entry without postings moves no money. Closes and closing balances are final.

DROP TRIGGER IF EXISTS ledger_posting_refuses_closed_quarter;
DROP TRIGGER IF EXISTS journal_entry_refuses_closed_quarter;

CREATE TRIGGER ledger_posting_refuses_closed_quarter BEFORE INSERT ON ledger_posting
FOR EACH ROW
BEGIN
    IF EXISTS (SELECT 1 FROM fund f JOIN period_close pc ON pc.organisation_id = COALESCE(f.host_id, f.owner_id)
               WHERE f.id = NEW.fund_id AND pc.quarter_code = NEW.quarter_code) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'QUARTER_CLOSED: the ledger refuses postings dated in a quarter the fund''s book-keeper closed';
    END IF;
END;

DROP TRIGGER IF EXISTS period_close_is_final_delete;

CREATE TRIGGER period_close_is_final_delete BEFORE DELETE ON period_close
FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'PERIOD_CLOSED_FOR_GOOD: a closed quarter cannot be reopened';
END;

CREATE TRIGGER period_close_is_final_update BEFORE UPDATE ON period_close
FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'PERIOD_CLOSED_FOR_GOOD: a closed quarter cannot be reopened';
END;

CREATE TRIGGER fund_closing_balance_is_append_only_update BEFORE UPDATE ON fund_closing_balance
FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'LEDGER_APPEND_ONLY: closing balances are never updated';
END;

CREATE TRIGGER fund_closing_balance_is_append_only_delete BEFORE DELETE ON fund_closing_balance
FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'LEDGER_APPEND_ONLY: closing balances are never deleted';
END;
