package uk.commissioning.areas.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.commissioning.areas.entity.GssCode;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * The one reader of the {@code borough} and {@code ward} tables (GLA borough profiles and IMD 2019 by ward, loaded by
 * migration V003): matching, imports, the service directory and demo seeding ask here. Reference data only, so it
 * joins a caller's transaction when there is one and needs none (an import reads it outside any).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Areas {

    @PersistenceContext
    EntityManager em;

    /** Every borough and ward with names, populations and IMD scores. */
    public AreaIndex index() {
        List<AreaIndex.Borough> boroughs = new ArrayList<>();
        for (Object[] row : rows("SELECT code, name FROM borough")) {
            boroughs.add(new AreaIndex.Borough((String) row[0], (String) row[1]));
        }
        List<AreaIndex.Ward> wards = new ArrayList<>();
        for (Object[] row : rows("SELECT code, name, borough_code, population, imd_average_score FROM ward")) {
            BigDecimal imd = row[4] instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(row[4]));
            wards.add(new AreaIndex.Ward((String) row[0], (String) row[1], (String) row[2], ((Number) row[3]).longValue(),
                    imd));
        }
        return new AreaIndex(boroughs, wards);
    }

    /** What every refusal of a typed place offers instead. */
    public static final String TYPE_INSTEAD = "type a borough or ward name such as Tower Hamlets, or a code such as E09000030";

    /**
     * The area a person means by a code or a place name, by {@link AreaIndex#lookup}'s rules. A well-formed code the
     * system does not know is not found (as before names were accepted); a name no area has, or that several share,
     * is {@link Reason#INVALID_INPUT} for {@code field}, saying which areas it could be.
     */
    public AreaIndex.Found find(String text, String field) {
        AreaIndex.Lookup lookup = index().lookup(text);
        if (lookup instanceof AreaIndex.Found found) {
            return found;
        }
        String typed = lookup.typed();
        if (GssCode.isAreaCode(typed.toUpperCase(java.util.Locale.ROOT))) {
            throw new NotFoundException(field, "area (ward E05… or borough E09…)", typed.toUpperCase(java.util.Locale.ROOT));
        }
        if (lookup instanceof AreaIndex.Ambiguous several) {
            throw new RuleViolation(Reason.INVALID_INPUT, field, "'" + typed + "' could be " + several.choices()
                    + "; type more of the name, or the area's code");
        }
        throw new RuleViolation(Reason.INVALID_INPUT, field, "no ward or borough is called '" + typed + "'; " + TYPE_INSTEAD);
    }

    /** The name of a ward or borough, empty if the system does not know the code. */
    public Optional<String> name(GssCode code) {
        List<?> names = em.createNativeQuery("SELECT name FROM borough WHERE code = ?1 UNION ALL "
                + "SELECT name FROM ward WHERE code = ?1").setParameter(1, code.value()).getResultList();
        return names.isEmpty() ? Optional.empty() : Optional.of(String.valueOf(names.get(0)));
    }

    /**
     * The area and the areas a service there overlaps: a ward with its borough, a borough with its wards. Empty if the
     * system does not know the code.
     */
    public List<String> withOverlapping(GssCode code) {
        List<String> codes = new ArrayList<>();
        codes.add(code.value());
        for (Object row : em.createNativeQuery("SELECT borough_code FROM ward WHERE code = ?1 UNION ALL "
                + "SELECT code FROM ward WHERE borough_code = ?1").setParameter(1, code.value()).getResultList()) {
            codes.add(String.valueOf(row));
        }
        if (codes.size() == 1 && name(code).isEmpty()) {
            return List.of();
        }
        return codes;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }
}
