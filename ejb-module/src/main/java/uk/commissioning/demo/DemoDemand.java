package uk.commissioning.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import uk.commissioning.areas.control.AreaIndex;
import uk.commissioning.areas.control.Areas;
import uk.commissioning.demand.imports.control.DemandImports;
import uk.commissioning.demand.imports.entity.ImportFormat;
import uk.commissioning.organisations.control.Organisations;
import uk.commissioning.organisations.entity.OrgId;
import uk.commissioning.period.FinancialYear;
import uk.commissioning.security.control.Users;

/**
 * Demo demand, through the real import job: 4,000 fictional referrals for 2019/20 in the four demo boroughs (Tower
 * Hamlets, Bexley, Waltham Forest, Redbridge), uploaded by Tower Hamlets CCG's link-worker system and referring to
 * the demo services that serve each need there, plus a small aggregate file from Waltham Forest. Loaded once, after
 * the demo organisations and services, and only where the demo data was loaded.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDemand {

    private static final Logger LOG = Logger.getLogger(DemoDemand.class.getName());
    static final Set<String> BOROUGHS = Set.of("E09000030", "E09000004", "E09000031", "E09000026");
    static final String AGGREGATE = """
            source_system,quarter,area_code,need,referral_source,count
            WF-LINK-SUMMARY,2019-20 Q1,E09000031,WELFARE_BENEFITS_DEBT,GP,41
            WF-LINK-SUMMARY,2019-20 Q1,E09000031,HOUSING,SELF,17
            WF-LINK-SUMMARY,2019-20 Q2,E09000031,WELFARE_BENEFITS_DEBT,GP,46
            WF-LINK-SUMMARY,2019-20 Q2,E09000031,FOOD_FUEL_POVERTY,VCSE,12
            """;

    @PersistenceContext
    EntityManager em;

    @Inject
    Areas areas;

    @Inject
    Organisations organisations;

    @Inject
    Users users;

    @Inject
    DemandImports imports;

    @PostConstruct
    void load() {
        boolean demo = organisations.byOrgId(OrgId.of("GB-GOR-PB0002")).isPresent() && users.find("dan.reeves").isPresent();
        if (!demo || ((Number) em.createNativeQuery("SELECT COUNT(*) FROM demand_import").getSingleResult()).longValue() > 0) {
            return;
        }
        List<SyntheticReferrals.Ward> wards = SyntheticReferrals.londonWards().stream()
                .filter(w -> BOROUGHS.contains(w.boroughCode())).toList();
        StringWriter csv = new StringWriter();
        try {
            new SyntheticReferrals(2019, wards, FinancialYear.parse("2019-20"), servicesByBoroughAndNeed())
                    .write(4_000, "ELEMENTAL-THCCG", csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        imports.upload(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "demo-referrals-2019-20.csv",
                ImportFormat.REFERRALS, users.viewer("dan.reeves"));
        imports.upload(new ByteArrayInputStream(AGGREGATE.getBytes(StandardCharsets.UTF_8)), "demo-waltham-forest-summary.csv",
                ImportFormat.AGGREGATE, users.viewer("grace.lin"));
        LOG.info("Demo demand queued: 4,000 referrals for 2019/20 and a Waltham Forest summary file");
    }

    /** Active demo services by borough and need; a service for a ward counts for that ward's borough. */
    private Map<String, List<Long>> servicesByBoroughAndNeed() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT DISTINCT s.id, a.area_code, n.need_code "
                + "FROM vcse_service s JOIN vcse_service_area a ON a.service_id = s.id "
                + "JOIN vcse_service_need n ON n.service_id = s.id "
                + "WHERE s.status = 'ACTIVE' ORDER BY s.id").getResultList();
        AreaIndex index = areas.index();
        Map<String, Set<Long>> byKey = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String borough = Objects.requireNonNullElse(index.boroughOf((String) row[1]), (String) row[1]);
            byKey.computeIfAbsent(borough + "|" + row[2], k -> new LinkedHashSet<>()).add(((Number) row[0]).longValue());
        }
        Map<String, List<Long>> services = new HashMap<>();
        byKey.forEach((key, ids) -> services.put(key, new ArrayList<>(ids)));
        return services;
    }
}
