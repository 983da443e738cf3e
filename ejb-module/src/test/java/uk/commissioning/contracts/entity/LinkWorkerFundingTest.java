package uk.commissioning.contracts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.commissioning.money.Money.pounds;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.commissioning.contracts.entity.LinkWorkerFunding.Costing;
import uk.commissioning.contracts.entity.LinkWorkerFunding.Post;
import uk.commissioning.contracts.entity.LinkWorkerFunding.Scheme;

class LinkWorkerFundingTest {

    private static final Scheme SCHEME_2019_20 = new Scheme(pounds("34113.00"), pounds("2400.00"));

    private static Post post(boolean nhs, String fte, String salary, String onCosts) {
        return new Post(nhs ? "Tower Hamlets GP Care Group" : "Poplar Wellbeing Partnership", nhs,
                List.of("Poplar and Limehouse PCN"), new BigDecimal(fte), pounds(salary), pounds(onCosts),
                pounds("1500.00"), pounds("900.00"), pounds("600.00"), pounds("2000.00"), "NHS Tower Hamlets CCG");
    }

    @Test
    void aVcseEmployersOnCostsAreReimbursedOnlyUpToTheCap() {
        // £27,000 salary + £2,400 capped on-costs (of £5,400 actual) = £29,400 reimbursed (under the £34,113 maximum).
        // True cost: 27,000 + 5,400 + 1,500 + 900 + 600 + 2,000 = £37,400; shortfall £8,000, topped up by the CCG.
        Costing costing = LinkWorkerFunding.cost(post(false, "1.0", "27000.00", "5400.00"), SCHEME_2019_20);
        assertEquals(pounds("29400.00"), costing.reimbursable());
        assertEquals(pounds("32400.00"), costing.salaryAndOnCosts());
        assertEquals(pounds("37400.00"), costing.trueCost());
        assertEquals(pounds("8000.00"), costing.shortfall());
        assertEquals("NHS Tower Hamlets CCG", costing.toppedUpBy());
    }

    @Test
    void anNhsEmployerIsReimbursedItsFullOnCostsUpToTheMaximumPerPost() {
        // 27,000 + 5,400 = 32,400 ≤ 34,113: all reimbursed; shortfall = the unreimbursed extras 1,500+900+600+2,000.
        assertEquals(pounds("32400.00"), LinkWorkerFunding.cost(post(true, "1.0", "27000.00", "5400.00"), SCHEME_2019_20).reimbursable());
        assertEquals(pounds("5000.00"), LinkWorkerFunding.cost(post(true, "1.0", "27000.00", "5400.00"), SCHEME_2019_20).shortfall());
        // 30,000 + 6,000 = 36,000 > 34,113: capped at the maximum.
        assertEquals(pounds("34113.00"), LinkWorkerFunding.cost(post(true, "1.0", "30000.00", "6000.00"), SCHEME_2019_20).reimbursable());
    }

    @Test
    void theMaximumScalesWithFte() {
        // Half-time: maximum 17,056.50; 16,000 salary + 3,200 on-costs = 19,200 → 17,056.50 reimbursed.
        assertEquals(pounds("17056.50"), LinkWorkerFunding.cost(post(true, "0.5", "16000.00", "3200.00"), SCHEME_2019_20).reimbursable());
    }
}
