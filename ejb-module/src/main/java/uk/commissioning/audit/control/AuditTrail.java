package uk.commissioning.audit.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.commissioning.audit.entity.AuditEvent;
import uk.commissioning.identity.Viewer;

/**
 * Records every change in the transaction that makes it (MANDATORY: an audit line without its change, or a change
 * without its audit line, cannot happen).
 */
@Stateless
public class AuditTrail {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String entityType, Object entityId, String action, String actor,
                       Map<String, Object> before, Map<String, Object> after) {
        em.persist(new AuditEvent(entityType, String.valueOf(entityId), action, actor,
                before == null ? null : JSON.toJson(before), after == null ? null : JSON.toJson(after)));
    }

    /**
     * Newest first; {@code entityType}, {@code entityId} and the time bounds are optional filters. Administrators see
     * every event; anyone else sees what people of their own organisation did.
     */
    public List<AuditEvent> search(Viewer viewer, String entityType, String entityId, Instant from, Instant to, int page,
                                   int size) {
        return filtered("SELECT e", viewer, entityType, entityId, from, to, AuditEvent.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long count(Viewer viewer, String entityType, String entityId, Instant from, Instant to) {
        return filtered("SELECT COUNT(e)", viewer, entityType, entityId, from, to, Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, Viewer viewer, String entityType, String entityId, Instant from,
                                       Instant to, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" FROM AuditEvent e WHERE 1 = 1");
        if (!viewer.seesEverything()) {
            jpql.append(" AND e.actor IN (SELECT u.username FROM AppUser u WHERE u.organisation.id = :org)");
        }
        if (entityType != null) {
            jpql.append(" AND e.entityType = :entityType");
        }
        if (entityId != null) {
            jpql.append(" AND e.entityId = :entityId");
        }
        if (from != null) {
            jpql.append(" AND e.occurredAt >= :from");
        }
        if (to != null) {
            jpql.append(" AND e.occurredAt < :to");
        }
        if (select.equals("SELECT e")) {
            jpql.append(" ORDER BY e.id DESC");
        }
        TypedQuery<T> query = em.createQuery(jpql.toString(), type);
        if (!viewer.seesEverything()) {
            query.setParameter("org", viewer.organisationId());
        }
        if (entityType != null) {
            query.setParameter("entityType", entityType);
        }
        if (entityId != null) {
            query.setParameter("entityId", entityId);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query;
    }
}
