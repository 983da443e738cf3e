-- MySQL/MariaDB only (H2 runs triggers as Java classes, not SQL bodies): database-level guards that back up
-- the service layer. The ledger is append-only, and nothing may be posted into a closed quarter, whoever
-- writes to the database.

CREATE TRIGGER ledger_posting_refuses_closed_quarter BEFORE INSERT ON ledger_posting
FOR EACH ROW
BEGIN
    IF EXISTS (SELECT 1 FROM period_close WHERE quarter_code = NEW.quarter_code) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'QUARTER_CLOSED: the ledger refuses postings dated in a closed quarter';
    END IF;
END;

CREATE TRIGGER ledger_posting_is_append_only_update BEFORE UPDATE ON ledger_posting
FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'LEDGER_APPEND_ONLY: postings are never updated; post a reversal';
END;

CREATE TRIGGER ledger_posting_is_append_only_delete BEFORE DELETE ON ledger_posting
FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'LEDGER_APPEND_ONLY: postings are never deleted; post a reversal';
END;

CREATE TRIGGER journal_entry_refuses_closed_quarter BEFORE INSERT ON journal_entry
FOR EACH ROW
BEGIN
    IF EXISTS (SELECT 1 FROM period_close WHERE quarter_code = NEW.quarter_code) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'QUARTER_CLOSED: the ledger refuses entries dated in a closed quarter';
    END IF;
END;

CREATE TRIGGER journal_entry_is_append_only_delete BEFORE DELETE ON journal_entry
FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'LEDGER_APPEND_ONLY: journal entries are never deleted; post a reversal';
END;

CREATE TRIGGER period_close_is_final_delete BEFORE DELETE ON period_close
FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'PERIOD_CLOSED_FOR_GOOD: a closed quarter cannot be reopened';
END;
