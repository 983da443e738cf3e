package uk.commissioning.funding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.commissioning.ledger.control.DocumentFacts;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.ledger.entity.DocumentType;
import uk.commissioning.ledger.entity.EntryType;
import uk.commissioning.ledger.entity.PostingLine;
import uk.commissioning.ledger.entity.SourceDocument;
import uk.commissioning.money.Money;

/** Each kind of movement told in words, from the fund's own side of the entry. */
class FundStoryTest {

    private static final long HEALTH = 1L;
    private static final long TEAM_LONDON = 2L;
    private static final LocalDate SIGNED = LocalDate.of(2019, 12, 17);
    private static final DocumentFacts DD2419_TRANSFER = new DocumentFacts(SourceDocument.of(DocumentType.TRANSFER, 1L),
            "Transfer 1", null, HEALTH, "Health Team social prescribing programme 2019/20", TEAM_LONDON,
            "Team London small grants 2019/20", 5L, "DD2419");

    @Test
    void aContributionSaysWhoPutMoneyIn() {
        FundStory.Line line = FundStory.line(TEAM_LONDON, 2L, EntryType.CONTRIBUTION, LocalDate.of(2019, 4, 1), "new",
                List.of(new PostingLine(TEAM_LONDON, 9L, Account.FUNDING, pounds("-100000.00")),
                        new PostingLine(TEAM_LONDON, 9L, Account.AVAILABLE, pounds("100000.00"))),
                DocumentFacts.of(SourceDocument.of(DocumentType.CONTRIBUTION, 2L), "Contribution 2",
                        "Greater London Authority", null, null));
        assertEquals("Greater London Authority contributed £100,000.00", line.inWords());
        assertNull(line.decisionId());
    }

    @Test
    void aTransferIsToldFromEachFundsSide() {
        FundStory.Line in = FundStory.line(TEAM_LONDON, 8L, EntryType.TRANSFER, SIGNED, "Transfer",
                List.of(PostingLine.of(TEAM_LONDON, Account.AVAILABLE, pounds("20000.00"))), DD2419_TRANSFER);
        assertEquals("£20,000.00 transferred in from Health Team social prescribing programme 2019/20 under DD2419",
                in.inWords());
        assertEquals(5L, in.decisionId());
        assertEquals(SourceDocument.of(DocumentType.TRANSFER, 1L), in.document());

        FundStory.Line out = FundStory.line(HEALTH, 8L, EntryType.TRANSFER, SIGNED, "Transfer",
                List.of(PostingLine.of(HEALTH, Account.AVAILABLE, pounds("-20000.00"))), DD2419_TRANSFER);
        assertEquals("£20,000.00 transferred to Team London small grants 2019/20", out.text());
    }

    @Test
    void claimsSayWhoClaimedWhatWasApprovedAndWhatWentBack() {
        DocumentFacts claim = DocumentFacts.of(SourceDocument.of(DocumentType.CLAIM, 6L), "Claim 6: WF-SP-19-01 2019-20 Q1",
                "Waltham Forest Community Hub (WF-SP-19-01)", null, null);
        assertEquals("£5,375.00 claimed by Waltham Forest Community Hub (WF-SP-19-01)", FundStory.line(HEALTH, 9L,
                EntryType.CLAIM, SIGNED, "Claim submitted", List.of(PostingLine.of(HEALTH, Account.COMMITTED, pounds("-5375.00")),
                        PostingLine.of(HEALTH, Account.CLAIMED, pounds("5375.00"))), claim).inWords());
        assertEquals("£5,000.00 of a claim by Waltham Forest Community Hub (WF-SP-19-01) approved", FundStory.line(HEALTH, 10L,
                EntryType.CLAIM_APPROVAL, SIGNED, "Claim partly approved", List.of(PostingLine.of(HEALTH, Account.CLAIMED,
                        pounds("-5375.00")), PostingLine.of(HEALTH, Account.APPROVED, pounds("5000.00")),
                        PostingLine.of(HEALTH, Account.COMMITTED, pounds("375.00"))), claim).inWords());
        assertEquals("£5,375.00 of a claim by Waltham Forest Community Hub (WF-SP-19-01) went back to the commitment",
                FundStory.line(HEALTH, 11L, EntryType.CLAIM, SIGNED, "Claim rejected", List.of(PostingLine.of(HEALTH,
                        Account.CLAIMED, pounds("-5375.00")), PostingLine.of(HEALTH, Account.COMMITTED, pounds("5375.00"))),
                        claim).inWords());
    }

    @Test
    void allocationsAndCommitmentsSayWhatTheMoneyIsFor() {
        FundStory.Line allocation = FundStory.line(HEALTH, 3L, EntryType.ALLOCATION, SIGNED, "Allocation",
                List.of(PostingLine.of(HEALTH, Account.AVAILABLE, pounds("-25000.00")),
                        PostingLine.of(HEALTH, Account.ALLOCATED, pounds("25000.00"))),
                DocumentFacts.of(SourceDocument.of(DocumentType.ALLOCATION, 3L), "Allocation 3",
                        "VCSE social prescribing network co-ordinator", 5L, "DD2419"));
        assertEquals("£25,000.00 allocated: VCSE social prescribing network co-ordinator under DD2419", allocation.inWords());

        DocumentFacts contract = DocumentFacts.of(SourceDocument.of(DocumentType.CONTRACT, 4L), "Contract THCCG-SP-19-1",
                "Poplar Wellbeing Partnership (THCCG-SP-19-1)", null, null);
        assertEquals("£30,000.00 committed to Poplar Wellbeing Partnership (THCCG-SP-19-1)", FundStory.line(HEALTH, 4L,
                EntryType.COMMITMENT, SIGNED, "Commitment", List.of(PostingLine.of(HEALTH, Account.ALLOCATED, pounds("-30000.00")),
                        PostingLine.of(HEALTH, Account.COMMITTED, pounds("30000.00"))), contract).inWords());
        assertEquals("£1,000.00 released from Poplar Wellbeing Partnership (THCCG-SP-19-1)", FundStory.line(HEALTH, 6L,
                EntryType.COMMITMENT, SIGNED, "Release", List.of(PostingLine.of(HEALTH, Account.COMMITTED, pounds("-1000.00")),
                        PostingLine.of(HEALTH, Account.AVAILABLE, pounds("1000.00"))), contract).text());
    }

    @Test
    void aReversalSaysWhichEntryAndWhyButCitesNoDecision() {
        FundStory.Line reversal = FundStory.line(TEAM_LONDON, 9L, EntryType.REVERSAL, LocalDate.of(2020, 1, 15),
                "Reversal of entry 8: booked to the wrong fund",
                List.of(PostingLine.of(TEAM_LONDON, Account.AVAILABLE, pounds("-20000.00"))), DD2419_TRANSFER);
        assertEquals("£20,000.00 reversed (entry 8: booked to the wrong fund)", reversal.inWords());
        assertNull(reversal.decisionId(), "DD2419 authorised the transfer, not its reversal");
    }

    private static Money pounds(String amount) {
        return Money.pounds(amount);
    }
}
