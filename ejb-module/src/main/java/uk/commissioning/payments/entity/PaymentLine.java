package uk.commissioning.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import uk.commissioning.money.Money;
import uk.commissioning.period.Quarter;

/**
 * One row of a payment file: a claim's part paid from one fund, as it was when scheduled (payee and fund named as
 * they were, so a file downloaded again reads the same). Never changed; its payment is a {@link PaymentReceipt}.
 */
@Entity
@Table(name = "payment_line")
public class PaymentLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private Long runId;

    @Column(name = "claim_id", nullable = false, updatable = false)
    private Long claimId;

    @Column(name = "fund_id", nullable = false, updatable = false)
    private Long fundId;

    @Column(name = "payee_org_id", nullable = false, updatable = false)
    private String payeeOrgId;

    @Column(name = "payee_name", nullable = false, updatable = false)
    private String payeeName;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "fund_code", nullable = false, updatable = false)
    private String fundCode;

    @Column(name = "cost_centre", nullable = false, updatable = false)
    private String costCentre;

    @Column(name = "quarter_code", nullable = false, updatable = false)
    private String quarterCode;

    @Column(name = "journal_entry_id", nullable = false, updatable = false)
    private Long journalEntryId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PaymentLine() {
    }

    public PaymentLine(Long runId, Long claimId, Long fundId, String payeeOrgId, String payeeName, Money amount,
                       String fundCode, String costCentre, Quarter quarter, Long journalEntryId) {
        this.runId = runId;
        this.claimId = claimId;
        this.fundId = fundId;
        this.payeeOrgId = payeeOrgId;
        this.payeeName = payeeName;
        this.amount = amount.amount();
        this.currency = amount.currencyCode();
        this.fundCode = fundCode;
        this.costCentre = costCentre;
        this.quarterCode = quarter.code();
        this.journalEntryId = journalEntryId;
        this.createdAt = Instant.now();
    }

    /** The claim as the payment file and the remittance name it: stable, {@code CLM-<claim id>}. */
    public static String claimReference(Long claimId) {
        return "CLM-" + claimId;
    }

    /** No bank details are held: the finance system maps this placeholder to the payee's bank account. */
    public static String bankReference(String payeeOrgId) {
        return "BANK-REF-" + payeeOrgId;
    }

    public String claimReference() {
        return claimReference(claimId);
    }

    public Long id() {
        return id;
    }

    public Long runId() {
        return runId;
    }

    public Long claimId() {
        return claimId;
    }

    public Long fundId() {
        return fundId;
    }

    public String payeeOrgId() {
        return payeeOrgId;
    }

    public String payeeName() {
        return payeeName;
    }

    public Money amount() {
        return Money.of(amount, Money.currency(currency));
    }

    public String fundCode() {
        return fundCode;
    }

    public String costCentre() {
        return costCentre;
    }

    public Quarter quarter() {
        return Quarter.parse(quarterCode);
    }

    public Long journalEntryId() {
        return journalEntryId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
