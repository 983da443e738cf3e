package uk.commissioning.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import uk.commissioning.period.Quarter;

/**
 * A fund's balance of one account (and partner) at the end of a quarter its book-keeper closed, written by the close.
 * Never changed: nothing more can be posted on or before that date, so it is the sum of those postings for good.
 */
@Entity
@Table(name = "fund_closing_balance")
public class FundClosingBalance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fund_id", nullable = false, updatable = false)
    private Long fundId;

    @Column(name = "quarter_code", nullable = false, updatable = false)
    private String quarterCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Account account;

    @Column(name = "partner_id", updatable = false)
    private Long partnerId;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected FundClosingBalance() {
    }

    public FundClosingBalance(Long fundId, Quarter quarter, Account account, Long partnerId, BigDecimal amount,
                              String currency) {
        this.fundId = fundId;
        this.quarterCode = quarter.code();
        this.account = account;
        this.partnerId = partnerId;
        this.amount = amount;
        this.currency = currency;
        this.createdAt = Instant.now();
    }

    public Long fundId() {
        return fundId;
    }

    public Quarter quarter() {
        return Quarter.parse(quarterCode);
    }

    public Account account() {
        return account;
    }

    public Long partnerId() {
        return partnerId;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }
}
