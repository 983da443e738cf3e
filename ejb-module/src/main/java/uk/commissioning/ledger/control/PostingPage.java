package uk.commissioning.ledger.control;

import java.util.List;
import uk.commissioning.ledger.entity.LedgerPosting;

public record PostingPage(List<LedgerPosting> items, int page, int size, long total) {
}
