package uk.commissioning.ledger.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.audit.entity.AuditEvent;
import uk.commissioning.platform.web.Caller;
import uk.commissioning.security.entity.Role;

/** The latest audit events the viewer may see (administrators: all; others: their organisation's people's). */
@Named
@RequestScoped
public class AuditPage {

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    private String entity;

    public List<AuditEvent> getEvents() {
        return audit.search(caller.requireAnyRole(Role.COMMISSIONER, Role.ADMIN, Role.BOARD_MEMBER),
                entity == null || entity.isBlank() ? null : entity, null, null, null, 0, 200);
    }

    public String getEntity() {
        return entity;
    }

    public void setEntity(String entity) {
        this.entity = entity;
    }
}
