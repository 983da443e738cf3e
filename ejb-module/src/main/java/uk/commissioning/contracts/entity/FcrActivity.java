package uk.commissioning.contracts.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** One activity in a full-cost-recovery budget (usually a service in the directory), with its drivers and cost lines. */
@Entity
@Table(name = "fcr_activity")
public class FcrActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "budget_id", updatable = false)
    private FcrBudget budget;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    @Column(name = "service_id")
    private Long serviceId;

    @Column(nullable = false, precision = 9, scale = 2)
    private BigDecimal headcount;

    @Column(name = "staff_time", nullable = false, precision = 9, scale = 2)
    private BigDecimal staffTime;

    @Column(name = "units_per_year", precision = 12, scale = 2)
    private BigDecimal unitsPerYear;

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<FcrCostLine> lines = new ArrayList<>();

    protected FcrActivity() {
    }

    FcrActivity(FcrBudget budget, int position, FcrDraft.ActivityDraft draft) {
        this.budget = budget;
        this.position = position;
        this.name = draft.name();
        this.serviceId = draft.serviceId();
        this.headcount = draft.headcount();
        this.staffTime = draft.staffTime();
        this.unitsPerYear = draft.unitsPerYear();
        int i = 0;
        for (FcrDraft.CostLineDraft line : draft.lines()) {
            lines.add(new FcrCostLine(this, i++, line));
        }
    }

    FcrDraft.ActivityDraft toDraft() {
        return new FcrDraft.ActivityDraft(name, serviceId, headcount, staffTime, unitsPerYear,
                lines().stream().map(FcrCostLine::toDraft).toList());
    }

    String budgetCurrency() {
        return budget.currency().getCurrencyCode();
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public Long serviceId() {
        return serviceId;
    }

    public BigDecimal headcount() {
        return headcount;
    }

    public BigDecimal staffTime() {
        return staffTime;
    }

    public BigDecimal unitsPerYear() {
        return unitsPerYear;
    }

    public List<FcrCostLine> lines() {
        return lines.stream().sorted(java.util.Comparator.comparingInt(FcrCostLine::position)).toList();
    }

    String summary() {
        return name + (serviceId == null ? "" : " (service " + serviceId + ")") + "; headcount " + headcount.toPlainString()
                + "; staff time " + staffTime.toPlainString() + "; units " + (unitsPerYear == null ? "-" : unitsPerYear.toPlainString())
                + "; " + lines().stream().map(FcrCostLine::summary).collect(Collectors.joining(", "));
    }
}
