package uk.commissioning.contracts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import uk.commissioning.funding.entity.Allocation;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.money.Money;

/**
 * How much of a contract one fund pays. When it names an allocation, the commitment is drawn from that earmark
 * (ALLOCATED) rather than the fund's remaining budget (AVAILABLE), and a reduction goes back where it came from.
 */
@Entity
@Table(name = "contract_funding")
public class ContractFunding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id", updatable = false)
    private Contract contract;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "fund_id", updatable = false)
    private Fund fund;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "allocation_id", updatable = false)
    private Allocation allocation;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String currency;

    protected ContractFunding() {
    }

    public ContractFunding(Contract contract, Fund fund, Allocation allocation, Money amount) {
        this.contract = contract;
        this.fund = fund;
        this.allocation = allocation;
        this.amount = amount.amount();
        this.currency = amount.currencyCode();
    }

    /** The account a commitment is drawn from and a reduction returns to. */
    public Account source() {
        return allocation == null ? Account.AVAILABLE : Account.ALLOCATED;
    }

    public void changeTo(Money newAmount) {
        this.amount = newAmount.amount();
    }

    public Long id() {
        return id;
    }

    public Fund fund() {
        return fund;
    }

    public Allocation allocation() {
        return allocation;
    }

    public Money amount() {
        return Money.of(amount, Money.currency(currency));
    }
}
