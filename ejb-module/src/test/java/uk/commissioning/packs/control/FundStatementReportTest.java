package uk.commissioning.packs.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.commissioning.funding.control.FundPosition;
import uk.commissioning.funding.control.FundPositions.QuarterPosition;
import uk.commissioning.funding.control.PositionCalculator.Partner;
import uk.commissioning.funding.control.PositionCalculator;
import uk.commissioning.funding.entity.FundType;
import uk.commissioning.funding.entity.RiskShareType;
import uk.commissioning.ledger.control.AccountBalance;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.money.Money;
import uk.commissioning.period.FinancialYear;
import uk.commissioning.period.Quarter;

/**
 * Renders real statements to PDF and reads their text back, as a commissioner would read the printout. Positions
 * come from the same calculator the application uses, fed with the balances the ledger would hold.
 */
class FundStatementReportTest {

    private static final FinancialYear FY_2019_20 = FinancialYear.parse("2019-20");
    private static final Quarter Q4 = Quarter.parse("2019-20-Q4");
    private static final Quarter Q1 = Quarter.parse("2019-20-Q1");
    /** 08:15 UTC is 09:15 in London: British Summer Time began on 29 March 2020. */
    private static final Instant GENERATED = Instant.parse("2020-04-06T08:15:00Z");
    private static final long GLA = 1L;
    private static final long WF_CCG = 2L;
    private static final long WF_COUNCIL = 3L;

    private static FundStatementReport report;

    @BeforeAll
    static void compileOnce() {
        report = new FundStatementReport();
        report.design();
    }

    // ---- the GLA Health Team's 2019-20 budget at the end of Q4 ------------------------------------------------

    /**
     * DD2419 in Q3 (two £25,000 procurements, £20,000 transferred to Team London) on the £200,000 contributed in Q1;
     * in Q4 one procurement is contracted, part claimed, approved and paid, and the approved-unpaid part accrued.
     */
    private static FundStatement healthTeamAtQ4() {
        List<AccountBalance> beforeQ4 = List.of(
                contribution(GLA, "200000.00"),
                balance(Account.AVAILABLE, "200000.00"), balance(Account.AVAILABLE, "-50000.00"),
                balance(Account.ALLOCATED, "50000.00"), balance(Account.AVAILABLE, "-20000.00"));
        List<AccountBalance> inQ4 = List.of(
                balance(Account.ALLOCATED, "-25000.00"), balance(Account.COMMITTED, "25000.00"),
                balance(Account.COMMITTED, "-9375.00"), balance(Account.CLAIMED, "9375.00"),
                balance(Account.CLAIMED, "-6250.00"), balance(Account.APPROVED, "6250.00"),
                balance(Account.APPROVED, "-4000.00"), balance(Account.PAID, "4000.00"),
                balance(Account.ACCRUED, "2250.00"), balance(Account.ACCRUAL_OFFSET, "-2250.00"));
        var heading = new FundStatement.Heading("GLA-HEALTH-SP-2019-20", "Health Team social prescribing programme 2019/20",
                FundType.SINGLE_COMMISSIONER_BUDGET, "Greater London Authority", null, null, FY_2019_20, Money.GBP);
        List<Partner> owner = List.of(new Partner(GLA, "GB-GOR-PB0002", "Greater London Authority", null, null));
        return statement(heading, Q4, false, owner, beforeQ4, inQ4, "priya.shah");
    }

    @Test
    void healthTeamStatementShowsTheFundTheQuarterAndEveryFigureInItsRow() throws IOException {
        String text = text("health-team-2019-20-Q4", report.pdf(healthTeamAtQ4()));

        for (String heading : List.of("FUND POSITION STATEMENT", "Quarter 2019-20 Q4",
                "Health Team social prescribing programme 2019/20", "GLA-HEALTH-SP-2019-20 · Single commissioner budget",
                "Greater London Authority", "2019-20 Q4: 1 January to 31 March 2020",
                "Open: figures may still change until the quarter is closed", "Position at 31 March 2020")) {
            assertTrue(text.contains(heading), () -> "missing '" + heading + "' in:\n" + text);
        }
        // Each row: the figure, then the quarter's movement, then the position at 31 March 2020.
        assertRow(text, "Budget", "£0.00", "£180,000.00");
        assertRow(text, "Allocated", "£0.00", "£50,000.00");
        assertRow(text, "Committed", "£25,000.00", "£25,000.00");
        assertRow(text, "Claimed", "£9,375.00", "£9,375.00");
        assertRow(text, "Approved", "£6,250.00", "£6,250.00");
        assertRow(text, "Paid", "£4,000.00", "£4,000.00");
        assertRow(text, "Accrued", "£2,250.00", "£2,250.00");
        assertRow(text, "Remaining", "£0.00", "£130,000.00");
        assertRow(text, "Forecast outturn", "£25,000.00", "£25,000.00");
        assertFalse(text.contains("By partner"), "a fund with one body behind it has no partner table:\n" + text);
        assertTrue(text.contains("GLA-HEALTH-SP-2019-20 · 2019-20 Q4 · generated 6 Apr 2020 09:15 by priya.shah"), text);
        assertTrue(text.contains("Page 1 of 1"), text);
    }

    @Test
    void theQuartersMovementIsOnlyWhatWasPostedInIt() throws IOException {
        var heading = new FundStatement.Heading("GLA-TEAM-LONDON-SG-2019-20", "Team London small grants 2019/20",
                FundType.GRANT_PROGRAMME_POT, "Greater London Authority", null, null, FY_2019_20, Money.GBP);
        List<Partner> owner = List.of(new Partner(GLA, "GB-GOR-PB0002", "Greater London Authority", null, null));
        FundStatement q3 = statement(heading, Quarter.parse("2019-20-Q3"), true, owner,
                List.of(contribution(GLA, "100000.00"), balance(Account.AVAILABLE, "100000.00")),
                List.of(balance(Account.AVAILABLE, "20000.00")), "tom.okafor");

        String text = text("team-london-2019-20-Q3", report.pdf(q3));

        assertRow(text, "Budget", "£20,000.00", "£120,000.00");
        assertRow(text, "Remaining", "£20,000.00", "£120,000.00");
        assertTrue(text.contains("Position at 31 December 2019"), text);
        assertTrue(text.contains("Closed: these figures are final"), text);
    }

    // ---- a pooled fund: the per-partner table ---------------------------------------------------------------

    @Test
    void pooledFundStatementSplitsEveryFigureByRiskShareToThePenny() throws IOException {
        var heading = new FundStatement.Heading("WF-SP-POOL-2019-20", "Waltham Forest social prescribing pooled fund 2019/20",
                FundType.POOLED_FUND, "London Borough of Waltham Forest", "London Borough of Waltham Forest",
                "London Borough of Waltham Forest", FY_2019_20, Money.GBP);
        List<Partner> partners = List.of(
                new Partner(WF_CCG, "GB-NHS-08W", "NHS Waltham Forest CCG", RiskShareType.FIXED, new BigDecimal("50")),
                new Partner(WF_COUNCIL, "GB-LAE-WFT", "London Borough of Waltham Forest", RiskShareType.FIXED,
                        new BigDecimal("50")));
        FundStatement statement = statement(heading, Q1, false, partners, List.of(), List.of(
                contribution(WF_CCG, "150000.00"), contribution(WF_COUNCIL, "150000.00"),
                balance(Account.AVAILABLE, "300000.00"), balance(Account.AVAILABLE, "-10000.01"),
                balance(Account.ALLOCATED, "10000.01")), "grace.lin");

        String text = text("waltham-forest-pool-2019-20-Q1", report.pdf(statement));

        assertTrue(text.contains("Hosted by London Borough of Waltham Forest · pool managed by London Borough of Waltham Forest"), text);
        assertTrue(text.contains("By partner at 30 June 2019"), text);
        assertTrue(text.contains("Each partner's share is its risk share"), text);
        // Partner, share, contributed, budget, allocated, paid, remaining: the odd penny goes to the first partner.
        assertRow(text, "NHS Waltham Forest CCG", "50.00%", "£150,000.00", "£150,000.00", "£5,000.01", "£0.00", "£144,999.99");
        assertRow(text, "London Borough of Waltham Forest", "50.00%", "£150,000.00", "£150,000.00", "£5,000.00", "£0.00",
                "£145,000.00");
        assertRow(text, "All partners", "100.00%", "£300,000.00", "£300,000.00", "£10,000.01", "£0.00", "£289,999.99");
        assertTrue(text.contains("GB-NHS-08W"), text);
        assertRow(text, "Remaining", "£289,999.99", "£289,999.99");
    }

    @Test
    void amountsReadAsTheScreensWriteThem() {
        for (Money money : List.of(Money.pounds("-5.00"), Money.pounds("0.00"), Money.pounds("1234567.89"),
                Money.of("1000.00", "EUR"), Money.of("-1000", "JPY"))) {
            DecimalFormat format = new DecimalFormat(FundStatementReport.moneyPattern(money.currency()),
                    DecimalFormatSymbols.getInstance(FundStatementReport.LOCALE));
            assertEquals(money.display(), format.format(money.amount()), money.toString());
        }
    }

    @Test
    void theCachedDesignCarriesNothingFromOneStatementToTheNext() throws IOException {
        String first = text(report.pdf(healthTeamAtQ4()));
        text(report.pdf(statement(new FundStatement.Heading("X", "Other", FundType.SPOT_PURCHASE_POT, "Other owner",
                null, null, FY_2019_20, Money.GBP), Q1, false,
                List.of(new Partner(GLA, "GB-GOR-PB0002", "Other owner", null, null)),
                List.of(), List.of(balance(Account.AVAILABLE, "1.00")), "someone")));
        assertEquals(first, text(report.pdf(healthTeamAtQ4())));
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static FundStatement statement(FundStatement.Heading heading, Quarter quarter, boolean closed,
                                           List<Partner> partners, List<AccountBalance> before,
                                           List<AccountBalance> during, String by) {
        List<AccountBalance> closing = new ArrayList<>(before);
        closing.addAll(during);
        FundPosition atEnd = PositionCalculator.compute(9L, heading.code(), quarter.endDate(), heading.currency(),
                heading.type().isPooled(), partners, closing);
        Map<Account, Money> moved = new EnumMap<>(Account.class);
        for (AccountBalance b : during) {
            moved.merge(b.account(), Money.of(b.amount(), heading.currency()), Money::plus);
        }
        QuarterPosition position = new QuarterPosition(quarter, closed, atEnd,
                PositionCalculator.figures(moved, heading.currency()));
        return FundStatement.of(heading, position, GENERATED, by);
    }

    private static AccountBalance balance(Account account, String amount) {
        return new AccountBalance(account, null, new BigDecimal(amount));
    }

    /** Money put in by a partner: a credit (negative) on FUNDING carrying the partner. */
    private static AccountBalance contribution(long partnerId, String amount) {
        return new AccountBalance(Account.FUNDING, partnerId, new BigDecimal(amount).negate());
    }

    /** Also leaves the PDF in target/statements/ for a person to look at. */
    private static String text(String name, byte[] pdf) throws IOException {
        Path dir = Path.of("target", "statements");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);
        return text(pdf);
    }

    private static String text(byte[] pdf) throws IOException {
        assertTrue(pdf.length > 1000 && new String(pdf, 0, 5).equals("%PDF-"), "not a PDF");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("[ \\t\\u00a0]+", " ");
        }
    }

    /** A line of the PDF that starts with the label and ends with exactly these cells, in this order. */
    private static void assertRow(String text, String label, String... cells) {
        String ending = String.join(" ", cells);
        List<String> candidates = Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(line -> line.startsWith(label + " ")).toList();
        assertTrue(candidates.stream().anyMatch(line -> line.endsWith(" " + ending)),
                () -> "no row '" + label + " … " + ending + "'; rows starting with it: " + candidates + "\n" + text);
    }
}
