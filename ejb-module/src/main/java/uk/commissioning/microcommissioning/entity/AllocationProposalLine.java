package uk.commissioning.microcommissioning.entity;

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
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import uk.commissioning.money.Money;

/**
 * One gap in a proposal: the cell's figures as matching saw them when the proposal was made, its weight, the award and
 * the sentence that explains it. Kept as they were, so the proposal can be read and checked later.
 */
@Entity
@Table(name = "allocation_proposal_line")
public class AllocationProposalLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "proposal_id", updatable = false)
    private AllocationProposal proposal;

    @Column(name = "line_order", nullable = false, updatable = false)
    private int lineOrder;

    @Column(name = "need_code", nullable = false, updatable = false)
    private String needCode;

    @Column(name = "area_code", nullable = false, updatable = false)
    private String areaCode;

    @Column(nullable = false, updatable = false)
    private long referrals;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal capacity;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal unmet;

    @Column(name = "unit_cost", updatable = false, precision = 19, scale = 2)
    private BigDecimal unitCost;

    @Column(name = "unit_cost_basis", nullable = false, updatable = false)
    private String unitCostBasis;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal unfunded;

    @Column(name = "deprivation_weight", nullable = false, updatable = false, precision = 9, scale = 4)
    private BigDecimal deprivationWeight;

    @Column(nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal weight;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    /** Directory service ids, cheapest per person first, comma-separated. */
    @Column(name = "candidate_services", updatable = false)
    private String candidateServices;

    @Column(nullable = false, updatable = false)
    private String explanation;

    @Column(name = "allocation_id")
    private Long allocationId;

    protected AllocationProposalLine() {
    }

    public AllocationProposalLine(AllocationProposal proposal, int lineOrder, String needCode, String areaCode,
                                  long referrals, BigDecimal capacity, BigDecimal unmet, Money unitCost,
                                  String unitCostBasis, Money unfunded, BigDecimal deprivationWeight, BigDecimal weight,
                                  Money amount, List<Long> candidateServices, String explanation) {
        this.proposal = proposal;
        this.lineOrder = lineOrder;
        this.needCode = needCode;
        this.areaCode = areaCode;
        this.referrals = referrals;
        this.capacity = capacity;
        this.unmet = unmet;
        this.unitCost = unitCost == null ? null : unitCost.amount();
        this.unitCostBasis = clip(unitCostBasis, 200);
        this.unfunded = unfunded.amount();
        this.deprivationWeight = deprivationWeight;
        this.weight = weight;
        this.amount = amount.amount();
        this.candidateServices = candidateServices.isEmpty() ? null
                : String.join(",", candidateServices.stream().map(String::valueOf).toList());
        this.explanation = clip(explanation, 1000);
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    /** The ledger allocation that funded this line when the proposal was accepted. */
    public void fundedBy(Long allocationId) {
        this.allocationId = allocationId;
    }

    private Currency currency() {
        return proposal.currency();
    }

    public Long id() {
        return id;
    }

    public int lineOrder() {
        return lineOrder;
    }

    public String needCode() {
        return needCode;
    }

    public String areaCode() {
        return areaCode;
    }

    public long referrals() {
        return referrals;
    }

    public BigDecimal capacity() {
        return capacity;
    }

    public BigDecimal unmet() {
        return unmet;
    }

    public Money unitCost() {
        return unitCost == null ? null : Money.of(unitCost, currency());
    }

    public String unitCostBasis() {
        return unitCostBasis;
    }

    public Money unfunded() {
        return Money.of(unfunded, currency());
    }

    public BigDecimal deprivationWeight() {
        return deprivationWeight;
    }

    public BigDecimal weight() {
        return weight;
    }

    public Money amount() {
        return Money.of(amount, currency());
    }

    public List<Long> candidateServices() {
        return candidateServices == null ? List.of()
                : Arrays.stream(candidateServices.split(",")).map(String::strip).map(Long::valueOf).toList();
    }

    public String explanation() {
        return explanation;
    }

    public Long allocationId() {
        return allocationId;
    }
}
