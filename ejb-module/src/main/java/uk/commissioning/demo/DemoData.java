package uk.commissioning.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.commissioning.funding.control.Allocations;
import uk.commissioning.funding.control.Decisions;
import uk.commissioning.funding.control.FundDraft.PartnerShare;
import uk.commissioning.funding.control.FundDraft;
import uk.commissioning.funding.control.Funds;
import uk.commissioning.funding.control.Transfers;
import uk.commissioning.funding.entity.AllocationTarget;
import uk.commissioning.funding.entity.ContributionKind;
import uk.commissioning.funding.entity.Decision;
import uk.commissioning.funding.entity.DecisionType;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.funding.entity.FundType;
import uk.commissioning.funding.entity.RiskShareType;
import uk.commissioning.funding.entity.Transfer;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.money.Money;
import uk.commissioning.organisations.control.Organisations;
import uk.commissioning.organisations.entity.OrgId;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.organisations.entity.OrganisationType;
import uk.commissioning.period.FinancialYear;
import uk.commissioning.platform.Database;
import uk.commissioning.security.control.Users;

/**
 * Demo data from the source reports' real figures (DOMAIN.md "Demo data"), with fictional people. Loaded once, in
 * one transaction, through the same services the API uses, so the demo ledger obeys every rule.
 * Budgets the reports do not state (the GLA Health Team's total, Waltham Forest's and Redbridge's pots) are
 * illustrative and say so in their purpose.
 */
@Singleton
@Startup
@DependsOn("Database")
public class DemoData {

    public static final String PASSWORD = "Demo-pass-2019";
    static final String SYSTEM = Viewer.SYSTEM.username();
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final FinancialYear FY_2019_20 = FinancialYear.parse("2019-20");

    @Inject
    @ConfigProperty(name = "demo.data", defaultValue = "auto")
    String demoData;

    @Inject
    Database database;

    @Inject
    Organisations organisations;

    @Inject
    Users users;

    @Inject
    Funds funds;

    @Inject
    Decisions decisions;

    @Inject
    Transfers transfers;

    @Inject
    Allocations allocations;

    @Inject
    DemoContracts contracts;

    @Inject
    DemoClaims claims;

    @Inject
    DemoPayments payments;

    @PostConstruct
    void load() {
        boolean wanted = "true".equalsIgnoreCase(demoData) || ("auto".equalsIgnoreCase(demoData) && database.isEmbeddedH2());
        if (!wanted || organisations.byOrgId(OrgId.of("GB-GOR-PB0002")).isPresent()) {
            return;
        }
        Organisation gla = organisations.register(OrgId.of("GB-GOR-PB0002"), "Greater London Authority", OrganisationType.GLA, SYSTEM);
        gla2019(gla);
        towerHamlets();
        walthamForest();
        redbridge();
        contracts.load();
        claims.load();
        payments.load();
        LOG.info("Demo data loaded: GLA DD2419, Tower Hamlets, Waltham Forest, Redbridge (with its micro-commissioning pot) and Bexley funds, contracts, services and FCR budgets; demo users with password " + PASSWORD);
    }

    private void gla2019(Organisation gla) {
        users.create("priya.shah", "Priya Shah", PASSWORD, Role.COMMISSIONER, gla, SYSTEM);
        users.create("tom.okafor", "Tom Okafor", PASSWORD, Role.COMMISSIONER, gla, SYSTEM);
        users.create("admin", "Alex Morgan (administrator)", PASSWORD, Role.ADMIN, gla, SYSTEM);
        // A second administrator, so that a change to an approval limit can be proposed by one and approved by another.
        users.create("nadia.karim", "Nadia Karim (administrator)", PASSWORD, Role.ADMIN, gla, SYSTEM);
        users.create("ruth.adeyemi", "Ruth Adeyemi", PASSWORD, Role.BOARD_MEMBER, gla, SYSTEM);

        Fund health = funds.create(new FundDraft("GLA-HEALTH-SP-2019-20", "Health Team social prescribing programme 2019/20",
                FundType.SINGLE_COMMISSIONER_BUDGET, gla.id(), FY_2019_20,
                "2019/20 Social Prescribing programme budget, held with the Health Unit (total illustrative)",
                Money.GBP, null, null, List.of()), SYSTEM);
        Fund teamLondon = funds.create(new FundDraft("GLA-TEAM-LONDON-SG-2019-20", "Team London small grants 2019/20",
                FundType.GRANT_PROGRAMME_POT, gla.id(), FY_2019_20,
                "Annual small grants programme: social prescribing, loneliness and isolation, volunteering",
                Money.GBP, null, null, List.of()), SYSTEM);
        funds.contribute(health.id(), gla.id(), Money.pounds("200000.00"), ContributionKind.NEW, LocalDate.of(2019, 4, 1),
                "Health Team work programme (MD2439)", null, Viewer.SYSTEM);
        funds.contribute(teamLondon.id(), gla.id(), Money.pounds("100000.00"), ContributionKind.NEW, LocalDate.of(2019, 4, 1),
                "Current Team London budget for the programme", null, Viewer.SYSTEM);

        Decision dd2419 = decisions.record("DD2419", DecisionType.DIRECTOR_DECISION,
                "Development of Social Prescribing Projects 2019/2020", gla.id(), "Sarah Mulley",
                "Executive Director, Communities and Skills", LocalDate.of(2019, 12, 17),
                "Approves expenditure of £50,000 for two procurements (VCSE social prescribing network £25,000; tools and "
                        + "materials for VCSE £25,000) and the transfer of £20,000 from the Health Team's social prescribing "
                        + "budget to the Team London small grants programme to fund an additional 2-3 projects.", Viewer.SYSTEM);
        LocalDate signed = LocalDate.of(2019, 12, 17);
        allocations.allocate(health.id(), Money.pounds("25000.00"), "VCSE social prescribing network co-ordinator",
                AllocationTarget.PROCUREMENT, "DD2419-1", dd2419.id(), signed, users.viewer("priya.shah"));
        allocations.allocate(health.id(), Money.pounds("25000.00"), "Tools and materials for VCSE organisations",
                AllocationTarget.PROCUREMENT, "DD2419-2", dd2419.id(), signed, users.viewer("priya.shah"));
        Transfer toTeamLondon = transfers.request(health.id(), teamLondon.id(), Money.pounds("20000.00"), dd2419.id(), signed,
                "Fund an additional 2-3 projects in the Team London small grants programme", users.viewer("priya.shah"));
        transfers.approve(toTeamLondon.id(), users.viewer("tom.okafor"));
    }

    private void towerHamlets() {
        Organisation ccg = organisations.register(OrgId.of("GB-NHS-08V"), "NHS Tower Hamlets CCG", OrganisationType.CCG, SYSTEM);
        users.create("dan.reeves", "Dan Reeves", PASSWORD, Role.COMMISSIONER, ccg, SYSTEM);
        Fund fund = funds.create(new FundDraft("THCCG-SP-2019-20", "Tower Hamlets social prescribing schemes 2019/20",
                FundType.SINGLE_COMMISSIONER_BUDGET, ccg.id(), FY_2019_20,
                "CCG base funding of £30,000 a year to each of the borough's six social prescribing schemes",
                Money.GBP, null, null, List.of()), SYSTEM);
        funds.contribute(fund.id(), ccg.id(), Money.pounds("180000.00"), ContributionKind.NEW, LocalDate.of(2019, 4, 1),
                "6 schemes × £30,000", null, Viewer.SYSTEM);
        List<String> schemes = List.of("Poplar Wellbeing Partnership", "Bethnal Green Community Link", "Isle of Dogs Connect",
                "Stepney Together", "Bow Neighbours Network", "Whitechapel Wellbeing Hub");
        for (String scheme : schemes) {
            Organisation vcse = organisations.register(null, scheme, OrganisationType.REGISTERED_CHARITY, SYSTEM);
            allocations.allocate(fund.id(), Money.pounds("30000.00"), "Social prescribing scheme: " + scheme,
                    AllocationTarget.CONTRACT, vcse.orgId().value(), null, LocalDate.of(2019, 4, 1), users.viewer("dan.reeves"));
            if (scheme.startsWith("Poplar")) {
                users.create("sam.patel", "Sam Patel", PASSWORD, Role.VCSE_FINANCE, vcse, SYSTEM);
            }
        }
    }

    private void walthamForest() {
        Organisation ccg = organisations.register(OrgId.of("GB-NHS-08W"), "NHS Waltham Forest CCG", OrganisationType.CCG, SYSTEM);
        Organisation council = organisations.register(OrgId.of("GB-LAE-WFT"), "London Borough of Waltham Forest",
                OrganisationType.LOCAL_AUTHORITY, SYSTEM);
        users.create("grace.lin", "Grace Lin", PASSWORD, Role.COMMISSIONER, council, SYSTEM);
        users.create("kofi.mensah", "Kofi Mensah", PASSWORD, Role.COMMISSIONER, ccg, SYSTEM);
        Fund pool = funds.create(new FundDraft("WF-SP-POOL-2019-20", "Waltham Forest social prescribing pooled fund 2019/20",
                FundType.POOLED_FUND, council.id(), FY_2019_20,
                "Section 75 pool: 50% CCG, 50% public health; the service sits in adult social care (amounts illustrative)",
                Money.GBP, council.id(), council.id(),
                List.of(new PartnerShare(ccg.id(), RiskShareType.FIXED, new BigDecimal("50")),
                        new PartnerShare(council.id(), RiskShareType.FIXED, new BigDecimal("50")))), SYSTEM);
        funds.contribute(pool.id(), ccg.id(), Money.pounds("150000.00"), ContributionKind.REALLOCATED, LocalDate.of(2019, 4, 1),
                "CCG share", null, Viewer.SYSTEM);
        funds.contribute(pool.id(), council.id(), Money.pounds("150000.00"), ContributionKind.NEW, LocalDate.of(2019, 4, 1),
                "Public health grant share", null, Viewer.SYSTEM);
    }

    private void redbridge() {
        Organisation council = organisations.register(OrgId.of("GB-LAE-RDB"), "London Borough of Redbridge",
                OrganisationType.LOCAL_AUTHORITY, SYSTEM);
        Organisation ccg = organisations.register(OrgId.of("GB-NHS-08N"), "NHS Redbridge CCG", OrganisationType.CCG, SYSTEM);
        users.create("omar.haddad", "Omar Haddad", PASSWORD, Role.COMMISSIONER, council, SYSTEM);
        users.create("helen.cho", "Helen Cho", PASSWORD, Role.BOARD_MEMBER, council, SYSTEM);
        Fund pool = funds.create(new FundDraft("RB-SP-POOL-2019-20", "Redbridge social prescribing pooled fund 2019/20",
                FundType.POOLED_FUND, council.id(), FY_2019_20,
                "Council money matched by the CCG; reports to the quarterly Redbridge Social Prescribing Board (amounts illustrative)",
                Money.GBP, council.id(), council.id(),
                List.of(new PartnerShare(council.id(), RiskShareType.VARIABLE, null),
                        new PartnerShare(ccg.id(), RiskShareType.VARIABLE, null))), SYSTEM);
        funds.contribute(pool.id(), council.id(), Money.pounds("120000.00"), ContributionKind.NEW, LocalDate.of(2019, 4, 1),
                "Council contribution", null, Viewer.SYSTEM);
        funds.contribute(pool.id(), ccg.id(), Money.pounds("120000.00"), ContributionKind.NEW, LocalDate.of(2019, 4, 1),
                "CCG match funding", null, Viewer.SYSTEM);
        Fund micro = funds.create(new FundDraft("RB-MICRO-2019-20", "Redbridge micro-commissioning pot 2019/20",
                FundType.MICRO_COMMISSIONING_POT, council.id(), FY_2019_20,
                "Side pot beside the social prescribing scheme for small VCSE services where link workers see unmet "
                        + "demand (amount illustrative)", Money.GBP, null, null, List.of()), SYSTEM);
        funds.contribute(micro.id(), council.id(), Money.pounds("25000.00"), ContributionKind.NEW, LocalDate.of(2019, 4, 1),
                "Council contribution to the micro-commissioning pot", null, Viewer.SYSTEM);
    }
}
