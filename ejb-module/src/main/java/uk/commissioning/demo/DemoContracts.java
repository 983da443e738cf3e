package uk.commissioning.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.commissioning.contracts.control.ContractDraft.ServiceLine;
import uk.commissioning.contracts.control.ContractDraft;
import uk.commissioning.contracts.control.ContractLifecycle;
import uk.commissioning.contracts.control.ContractQueries;
import uk.commissioning.contracts.control.FcrBudgets;
import uk.commissioning.contracts.control.LinkWorkerPosts;
import uk.commissioning.contracts.control.Services;
import uk.commissioning.contracts.entity.CapacityUnit;
import uk.commissioning.contracts.entity.Contract;
import uk.commissioning.contracts.entity.ContractType;
import uk.commissioning.contracts.entity.CostCategory;
import uk.commissioning.contracts.entity.FcrDraft.ActivityDraft;
import uk.commissioning.contracts.entity.FcrDraft.CostLineDraft;
import uk.commissioning.contracts.entity.FcrDraft;
import uk.commissioning.contracts.entity.FullCostRecovery.OverheadPool;
import uk.commissioning.contracts.entity.FundingShare;
import uk.commissioning.contracts.entity.ScheduleItem;
import uk.commissioning.contracts.entity.ScheduleKind;
import uk.commissioning.contracts.entity.ServiceStatus;
import uk.commissioning.contracts.entity.ServiceTerms;
import uk.commissioning.contracts.entity.VcseService;
import uk.commissioning.funding.control.Allocations;
import uk.commissioning.funding.control.Decisions;
import uk.commissioning.funding.control.FundDraft;
import uk.commissioning.funding.control.Funds;
import uk.commissioning.funding.entity.Allocation;
import uk.commissioning.funding.entity.ContributionKind;
import uk.commissioning.funding.entity.Decision;
import uk.commissioning.funding.entity.DecisionType;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.funding.entity.FundType;
import uk.commissioning.funding.entity.RiskShareType;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.money.Money;
import uk.commissioning.organisations.control.Organisations;
import uk.commissioning.organisations.entity.OrgId;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.organisations.entity.OrganisationType;
import uk.commissioning.period.FinancialYear;
import uk.commissioning.security.control.Users;

/**
 * The contracts part of the demo: Tower Hamlets' six schemes as block contracts drawn from their £30,000 allocations;
 * a Bexley-style grant agreement, co-funded by the CCG and the council, to a lead provider that subcontracts Mind;
 * a Waltham Forest contract paid from the pooled fund; services across every need category in four boroughs; FCR
 * budgets under which some contracts under-recover; link-worker posts. Service capacities, unit costs and FCR figures
 * are illustrative (the source reports give none), the commissioning structures are the reports'.
 */
@Stateless
public class DemoContracts {

    private static final FinancialYear FY = FinancialYear.parse("2019-20");
    private static final LocalDate START = FY.startDate();
    private static final LocalDate END = FY.endDate();
    static final String TOWER_HAMLETS = "E09000030";
    static final String BEXLEY = "E09000004";
    static final String WALTHAM_FOREST = "E09000031";
    static final String REDBRIDGE = "E09000026";
    static final String POPLAR_WARD = "E05009328";

    @Inject
    Organisations organisations;

    @Inject
    Users users;

    @Inject
    Funds funds;

    @Inject
    Decisions decisions;

    @Inject
    Allocations allocations;

    @Inject
    Services services;

    @Inject
    ContractLifecycle contracts;

    @Inject
    ContractQueries contractQueries;

    @Inject
    FcrBudgets budgets;

    @Inject
    LinkWorkerPosts posts;

    public void load() {
        towerHamlets();
        bexley();
        walthamForest();
        redbridgeDirectory();
    }

    private void towerHamlets() {
        Organisation ccg = organisations.byOrgId(OrgId.of("GB-NHS-08V")).orElseThrow();
        Viewer dan = users.viewer("dan.reeves");
        Fund fund = funds.all(dan).stream().filter(f -> f.code().equals("THCCG-SP-2019-20")).findFirst().orElseThrow();
        String[][] schemes = {
                {"Poplar Wellbeing Partnership", "Poplar link and wellbeing service", "LONELINESS_ISOLATION,MENTAL_WELLBEING,WELFARE_BENEFITS_DEBT", "E05009328,E05009325"},
                {"Bethnal Green Community Link", "Bethnal Green community link", "LONELINESS_ISOLATION,HOUSING,FOOD_FUEL_POVERTY", TOWER_HAMLETS},
                {"Isle of Dogs Connect", "Island active and connected", "PHYSICAL_ACTIVITY,LONELINESS_ISOLATION", TOWER_HAMLETS},
                {"Stepney Together", "Stepney arts and wellbeing", "ARTS_CREATIVITY,MENTAL_WELLBEING", TOWER_HAMLETS},
                {"Bow Neighbours Network", "Bow carers and neighbours", "CARERS_SUPPORT,LONELINESS_ISOLATION", TOWER_HAMLETS},
                {"Whitechapel Wellbeing Hub", "Whitechapel advice and digital hub", "SOCIAL_WELFARE_LEGAL_ADVICE,DIGITAL_INCLUSION,EMPLOYMENT_SKILLS", TOWER_HAMLETS}};
        List<Allocation> earmarks = allocations.ofFund(fund.id(), dan);
        for (int n = 1; n <= schemes.length; n++) {
            String[] scheme = schemes[n - 1];
            Organisation vcse = organisations.all().stream().filter(o -> o.name().equals(scheme[0])).findFirst().orElseThrow();
            VcseService service = service(vcse, scheme[1], scheme[2], scheme[3], CapacityUnit.REFERRALS, 60, "125.00");
            Allocation earmark = earmarks.stream().filter(a -> a.targetRef().equals(vcse.orgId().value())).findFirst().orElseThrow();
            Contract contract = contracts.create(new ContractDraft("THCCG-SP-19-" + n,
                    "Social prescribing scheme 2019/20: " + scheme[0], ContractType.BLOCK, vcse.id(), null,
                    List.of(ccg.id()), START, END, Money.pounds("30000.00"),
                    "CCG base funding; quarterly activity returns to the CCG", null,
                    List.of(new FundingShare(fund.id(), earmark.id(), Money.pounds("30000.00"))),
                    List.of(new ServiceLine(service.id(), null)), List.of()), dan);
            contracts.activate(contract.id(), START, dan);
            if (scheme[0].startsWith("Poplar")) {
                VcseService garden = service(vcse, "Poplar community garden", "PHYSICAL_ACTIVITY,FOOD_FUEL_POVERTY",
                        POPLAR_WARD, CapacityUnit.PLACES, 30, "95.00");
                poplarBudget(vcse, service, garden);
                posts.create(new LinkWorkerPosts.PostDraft("Social prescribing link worker (Poplar)", vcse.id(), false,
                        List.of("Poplar and Limehouse PCN (illustrative)"), FY, POPLAR_WARD, BigDecimal.ONE,
                        Money.pounds("27000.00"), Money.pounds("5940.00"), Money.pounds("1800.00"), Money.pounds("900.00"), Money.pounds("750.00"),
                        Money.pounds("2400.00"), null, ccg.id()), users.viewer("sam.patel"));
            }
            if (scheme[0].startsWith("Bethnal")) {
                bethnalGreenBudget(vcse, service);
            }
        }
        posts.create(new LinkWorkerPosts.PostDraft("Social prescribing link worker (practice-employed)", ccg.id(), true,
                List.of("Bethnal Green and Globe Town PCN (illustrative)", "Bow PCN (illustrative)"), FY, TOWER_HAMLETS,
                new BigDecimal("0.8"), Money.pounds("22400.00"), Money.pounds("5600.00"), Money.pounds("1200.00"),
                Money.pounds("600.00"), Money.pounds("500.00"), Money.pounds("0.00"), null, ccg.id()), dan);
    }

    /** Poplar: the link service under-recovers against its £30,000 block (overheads are not paid for). */
    private void poplarBudget(Organisation vcse, VcseService link, VcseService garden) {
        budgets.save(vcse.id(), FY, budget("6000.00", "4500.00", "2000.00", "1000.00", "3", "1.5", List.of(
                new ActivityDraft("Social prescribing link service", link.id(), new BigDecimal("1"), new BigDecimal("0.8"),
                        new BigDecimal("240"), List.of(staff("Link worker", "0.8", "27000.00", "20"),
                        other(CostCategory.TRAVEL, "Home visits", "600.00"), other(CostCategory.SUPERVISION, "Clinical supervision", "900.00"),
                        other(CostCategory.MATERIALS, "Leaflets and activity materials", "400.00"))),
                new ActivityDraft("Community garden", garden.id(), new BigDecimal("1"), new BigDecimal("0.4"),
                        new BigDecimal("120"), List.of(staff("Garden co-ordinator", "0.4", "24000.00", "20"),
                        other(CostCategory.MATERIALS, "Seeds, tools and compost", "1500.00"),
                        other(CostCategory.VOLUNTEER_EXPENSES, "Volunteers' travel and lunches", "800.00"))),
                new ActivityDraft("Other activities and management", null, new BigDecimal("1"), new BigDecimal("0.3"), null,
                        List.of(staff("Manager (part)", "0.3", "34000.00", "20"))))), users.viewer("sam.patel"));
    }

    /** Bethnal Green: a lean budget the £30,000 block covers in full. */
    private void bethnalGreenBudget(Organisation vcse, VcseService link) {
        budgets.save(vcse.id(), FY, budget("2400.00", "1800.00", "600.00", "0.00", "2", "1.0", List.of(
                new ActivityDraft("Community link service", link.id(), new BigDecimal("1"), new BigDecimal("0.7"),
                        new BigDecimal("240"), List.of(staff("Community link worker", "0.7", "26000.00", "18"),
                        other(CostCategory.TRAVEL, "Travel", "300.00"), other(CostCategory.TRAINING, "Training", "250.00"))),
                new ActivityDraft("Other activities", null, new BigDecimal("1"), new BigDecimal("0.3"), null,
                        List.of(staff("Co-ordinator (part)", "0.3", "28000.00", "18"))))), Viewer.SYSTEM);
    }

    /**
     * Bexley model: the CCG and the council jointly grant a lead VCSE organisation, which subcontracts Mind for the
     * mental wellbeing strand. Reports are due quarterly; each quarter's tranche is released when its report is accepted.
     */
    private void bexley() {
        Organisation ccg = organisations.register(OrgId.of("GB-NHS-07N"), "NHS Bexley CCG", OrganisationType.CCG, DemoData.SYSTEM);
        Organisation council = organisations.register(OrgId.of("GB-LAE-BEX"), "London Borough of Bexley",
                OrganisationType.LOCAL_AUTHORITY, DemoData.SYSTEM);
        Organisation lead = organisations.register(null, "Bexley Community Connections (lead provider)",
                OrganisationType.REGISTERED_CHARITY, DemoData.SYSTEM);
        Organisation mind = organisations.register(null, "Mind in Bexley", OrganisationType.REGISTERED_CHARITY, DemoData.SYSTEM);
        users.create("lena.fox", "Lena Fox", DemoData.PASSWORD, Role.COMMISSIONER, council, DemoData.SYSTEM);
        users.create("joe.bright", "Joe Bright", DemoData.PASSWORD, Role.VCSE_FINANCE, lead, DemoData.SYSTEM);
        users.create("maya.jones", "Maya Jones", DemoData.PASSWORD, Role.VCSE_FINANCE, mind, DemoData.SYSTEM);
        Viewer lena = users.viewer("lena.fox");

        Fund ccgFund = funds.create(new FundDraft("BEXCCG-SP-2019-20", "Bexley CCG social prescribing 2019/20",
                FundType.COMPLEMENTARY_COMMISSIONING, ccg.id(), FY,
                "CCG share of the joint social prescribing grant; the council commissions it with the CCG (illustrative)",
                Money.GBP, null, null, List.of(new FundDraft.PartnerShare(council.id(), RiskShareType.VARIABLE, null))),
                DemoData.SYSTEM);
        Fund councilFund = funds.create(new FundDraft("LBB-SP-2019-20", "Bexley council social prescribing 2019/20",
                FundType.SINGLE_COMMISSIONER_BUDGET, council.id(), FY,
                "Council share of the joint social prescribing grant (illustrative)", Money.GBP, null, null, List.of()),
                DemoData.SYSTEM);
        funds.contribute(ccgFund.id(), ccg.id(), Money.pounds("90000.00"), ContributionKind.NEW, START, "CCG share", null, Viewer.SYSTEM);
        funds.contribute(councilFund.id(), council.id(), Money.pounds("50000.00"), ContributionKind.NEW, START, "Council share",
                null, Viewer.SYSTEM);
        Decision award = decisions.record("LBB-SP-2019-01", DecisionType.DELEGATED_OFFICER_DECISION,
                "Joint award of the Bexley social prescribing grant 2019/20", council.id(), "Lena Fox",
                "Head of Commissioning (fictional)", LocalDate.of(2019, 3, 20),
                "Grant of £120,000 to the lead provider, £80,000 from the CCG share and £40,000 from the council", Viewer.SYSTEM);

        VcseService link = service(lead, "Bexley social prescribing link service", "LONELINESS_ISOLATION,WELFARE_BENEFITS_DEBT,HOUSING,LTC_SELF_MANAGEMENT",
                BEXLEY, CapacityUnit.REFERRALS, 150, "160.00");
        VcseService wellbeing = service(mind, "Mind in Bexley wellbeing groups", "MENTAL_WELLBEING,LONELINESS_ISOLATION",
                BEXLEY + ",E05011219", CapacityUnit.SESSIONS, 48, "187.50");
        List<ScheduleItem> tranches = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            tranches.add(new ScheduleItem(ScheduleKind.MILESTONE, "Q" + q + " tranche: released when the Q" + q
                    + " monitoring report is accepted", FY.quarter(q).endDate(), Money.pounds("30000.00")));
        }
        Contract grant = contracts.create(new ContractDraft("LBB-SP-19-LEAD", "Bexley social prescribing grant 2019/20",
                ContractType.GRANT_AGREEMENT, lead.id(), null, List.of(council.id(), ccg.id()), START, END,
                Money.pounds("120000.00"), "Quarterly monitoring reports; tranches released on acceptance; Mind subcontract for mental wellbeing",
                award.id(), List.of(new FundingShare(ccgFund.id(), null, Money.pounds("80000.00")),
                        new FundingShare(councilFund.id(), null, Money.pounds("40000.00"))),
                List.of(new ServiceLine(link.id(), null)), tranches), lena);
        contracts.activate(grant.id(), START, lena);
        Long q1 = contractQueries.get(grant.id(), lena).currentSchedule().get(0).id();
        contracts.acceptReport(grant.id(), q1, lena);

        Contract sub = contracts.create(new ContractDraft("LBB-SP-19-MIND", "Mental wellbeing groups (subcontract)",
                ContractType.BLOCK, mind.id(), grant.id(), List.of(), START, END, Money.pounds("36000.00"),
                "Subcontract under LBB-SP-19-LEAD", null, List.of(), List.of(new ServiceLine(wellbeing.id(), null)),
                List.of()), users.viewer("joe.bright"));
        contracts.activate(sub.id(), START, users.viewer("joe.bright"));

        budgets.save(lead.id(), FY, budget("9000.00", "8000.00", "3200.00", "1600.00", "4", "3.2", List.of(
                new ActivityDraft("Social prescribing link service", link.id(), new BigDecimal("3"), new BigDecimal("2.6"),
                        new BigDecimal("600"), List.of(staff("Link workers", "2.6", "27500.00", "21"),
                        other(CostCategory.TRAVEL, "Travel", "2400.00"), other(CostCategory.SUPERVISION, "Supervision", "3000.00"),
                        other(CostCategory.EVALUATION, "Outcome measurement", "1500.00"))),
                new ActivityDraft("Partnership management", null, new BigDecimal("1"), new BigDecimal("0.6"), null,
                        List.of(staff("Partnership manager (part)", "0.6", "38000.00", "21"))))), users.viewer("joe.bright"));
        budgets.save(mind.id(), FY, budget("5200.00", "3900.00", "1500.00", "900.00", "3", "2.0", List.of(
                new ActivityDraft("Wellbeing groups", wellbeing.id(), new BigDecimal("2"), new BigDecimal("1.2"),
                        new BigDecimal("192"), List.of(staff("Group facilitators", "1.2", "25500.00", "19"),
                        other(CostCategory.MATERIALS, "Room hire and materials", "2800.00"),
                        other(CostCategory.SUPERVISION, "Clinical supervision", "1600.00"))),
                new ActivityDraft("Other Mind services", null, new BigDecimal("1"), new BigDecimal("0.8"), null,
                        List.of(staff("Services manager (part)", "0.8", "33000.00", "19"))))), users.viewer("maya.jones"));
    }

    private void walthamForest() {
        Viewer grace = users.viewer("grace.lin");
        Organisation council = organisations.byOrgId(OrgId.of("GB-LAE-WFT")).orElseThrow();
        Fund pool = funds.all(grace).stream().filter(f -> f.code().equals("WF-SP-POOL-2019-20")).findFirst().orElseThrow();
        Organisation hub = organisations.register(null, "Waltham Forest Community Hub", OrganisationType.CIO, DemoData.SYSTEM);
        users.create("ade.bello", "Ade Bello", DemoData.PASSWORD, Role.VCSE_FINANCE, hub, DemoData.SYSTEM);
        VcseService link = service(hub, "Waltham Forest social prescribing link service", "LONELINESS_ISOLATION,MENTAL_WELLBEING,PHYSICAL_ACTIVITY",
                WALTHAM_FOREST, CapacityUnit.REFERRALS, 200, "110.00");
        VcseService debt = service(hub, "Money and debt advice surgeries", "WELFARE_BENEFITS_DEBT,FOOD_FUEL_POVERTY",
                "E05000590,E05000591", CapacityUnit.SESSIONS, 60, "85.00");
        Contract contract = contracts.create(new ContractDraft("WF-SP-19-01", "Waltham Forest social prescribing service 2019/20",
                ContractType.UNIT_COST, hub.id(), null, List.of(council.id()), START, END, Money.pounds("90000.00"),
                "Paid per referral accepted, up to the contract value", null,
                List.of(new FundingShare(pool.id(), null, Money.pounds("90000.00"))),
                List.of(new ServiceLine(link.id(), 180), new ServiceLine(debt.id(), 20)), List.of()), grace);
        contracts.activate(contract.id(), START, grace);
    }

    private void redbridgeDirectory() {
        Organisation group = organisations.register(null, "Redbridge Carers and Digital Friends", OrganisationType.CIC, DemoData.SYSTEM);
        service(group, "Carers' cafe and respite sessions", "CARERS_SUPPORT", REDBRIDGE, CapacityUnit.SESSIONS, 24, "140.00");
        service(group, "Digital friends drop-in", "DIGITAL_INCLUSION,EMPLOYMENT_SKILLS", REDBRIDGE, CapacityUnit.PLACES, 40, "45.00");
        service(group, "Living well with long-term conditions course", "LTC_SELF_MANAGEMENT,PHYSICAL_ACTIVITY", REDBRIDGE,
                CapacityUnit.PLACES, 30, "210.00");
    }

    private VcseService service(Organisation provider, String name, String needs, String areas, CapacityUnit unit,
                                int capacity, String unitCost) {
        return services.create(provider.id(), new ServiceTerms(name, name + " (demo directory entry)",
                Set.of(needs.split(",")), Set.of(areas.split(",")), unit, capacity, Money.pounds(unitCost), 18, null,
                "Adults registered with a GP in the area; referral by a link worker or self-referral",
                "Service co-ordinator", "referrals@example.org", "020 7946 0000", ServiceStatus.ACTIVE), Viewer.SYSTEM);
    }

    private static FcrDraft budget(String premises, String central, String governance, String fundraising, String headcount,
                                   String staffTime, List<ActivityDraft> activities) {
        Map<OverheadPool, Money> pools = new EnumMap<>(OverheadPool.class);
        pools.put(OverheadPool.PREMISES_AND_OFFICE, Money.pounds(premises));
        pools.put(OverheadPool.CENTRAL_FUNCTIONS, Money.pounds(central));
        pools.put(OverheadPool.GOVERNANCE_AND_STRATEGY, Money.pounds(governance));
        pools.put(OverheadPool.FUNDRAISING, Money.pounds(fundraising));
        return new FcrDraft(Money.GBP, pools, new BigDecimal(headcount), new BigDecimal(staffTime), activities);
    }

    private static CostLineDraft staff(String role, String fte, String salary, String onCostPct) {
        return new CostLineDraft(CostCategory.STAFF, role, new BigDecimal(fte), Money.pounds(salary), new BigDecimal(onCostPct), null);
    }

    private static CostLineDraft other(CostCategory category, String description, String amount) {
        return new CostLineDraft(category, description, null, null, null, Money.pounds(amount));
    }
}
