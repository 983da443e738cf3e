package uk.commissioning.contracts.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.commissioning.contracts.entity.Contract;
import uk.commissioning.contracts.entity.ContractService;
import uk.commissioning.contracts.entity.ContractStatus;
import uk.commissioning.contracts.entity.FcrBudget;
import uk.commissioning.identity.Viewer;
import uk.commissioning.money.Money;
import uk.commissioning.period.FinancialYear;

/**
 * How far each contract falls short of paying the full cost of what it buys, year by year, from the provider's FCR
 * budget: the figure the source reports ask commissioners to look at ("encourage full cost recovery commissioning").
 */
@Stateless
public class UnderRecovery {

    @Inject
    ContractQueries contracts;

    @Inject
    FcrBudgets budgets;

    @Inject
    Services services;

    /**
     * One line per contract and financial year. {@code recovery} is null, with a note saying why, when the provider
     * has no FCR budget for the year or a service the contract buys is not costed in it.
     */
    public record Line(Contract contract, FinancialYear year, RecoveryCalculator.Recovery recovery, String note) {
    }

    public List<Line> of(Contract contract) {
        List<Line> lines = new ArrayList<>();
        Money net = contract.value().minus(contracts.subcontractedTotal(contract, null));
        FinancialYear year = FinancialYear.containing(contract.startDate());
        while (!year.startDate().isAfter(contract.endDate())) {
            lines.add(lineFor(contract, net, year));
            year = year.next();
        }
        return lines;
    }

    private Line lineFor(Contract contract, Money net, FinancialYear year) {
        Optional<FcrBudget> budget = budgets.find(contract.provider().id(), year);
        if (budget.isEmpty()) {
            return new Line(contract, year, null, contract.provider().name() + " has no FCR budget for " + year);
        }
        if (contract.services().isEmpty()) {
            return new Line(contract, year, null, "the contract names no services to cost");
        }
        List<FcrBudgets.CostedActivity> costed = budgets.costs(budget.get());
        List<RecoveryCalculator.CostedService> costedServices = new ArrayList<>();
        for (ContractService bought : contract.services()) {
            Optional<FcrBudgets.CostedActivity> activity = costed.stream()
                    .filter(a -> bought.serviceId().equals(a.activity().serviceId())).findFirst();
            if (activity.isEmpty()) {
                return new Line(contract, year, null, "'" + services.get(bought.serviceId()).name()
                        + "' is not costed in the " + year + " FCR budget");
            }
            costedServices.add(new RecoveryCalculator.CostedService(activity.get().cost().fullCost(),
                    activity.get().cost().fullCostPerUnit(), bought.unitsPerQuarter()));
        }
        return new Line(contract, year, RecoveryCalculator.forYear(net, contract.startDate(), contract.endDate(), year,
                costedServices), null);
    }

    /** Every signed (non-draft) contract the viewer can see, worst under-recovery first. */
    public List<Line> across(Viewer viewer) {
        List<Line> lines = new ArrayList<>();
        for (Contract contract : contracts.visible(viewer, null, null)) {
            if (contract.status() != ContractStatus.DRAFT) {
                lines.addAll(of(contract));
            }
        }
        lines.sort((a, b) -> percent(b).compareTo(percent(a)));
        return lines;
    }

    private static BigDecimal percent(Line line) {
        return line.recovery() == null ? BigDecimal.valueOf(-1000) : line.recovery().percentOfFullCost();
    }
}
