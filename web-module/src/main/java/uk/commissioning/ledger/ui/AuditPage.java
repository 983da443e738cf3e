package uk.commissioning.ledger.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.audit.entity.AuditEvent;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.platform.Page;
import uk.commissioning.platform.ui.PagedModel;

/** Audit events the viewer may see (administrators: all; others: their organisation's people's), paged in the database. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    @Inject
    transient AuditTrail audit;

    @Inject
    transient Caller caller;

    private String entity;
    private final PagedModel<AuditEvent> events = new PagedModel<>((first, size) -> new Page<>(
            audit.search(viewer(), entityFilter(), null, null, null, first / size, size),
            audit.count(viewer(), entityFilter(), null, null, null)), AuditEvent::id);

    private Viewer viewer() {
        return caller.requireAnyRole(Role.COMMISSIONER, Role.ADMIN, Role.BOARD_MEMBER);
    }

    private String entityFilter() {
        return entity == null || entity.isBlank() ? null : entity;
    }

    public PagedModel<AuditEvent> getEvents() {
        return events;
    }

    public String getEntity() {
        return entity;
    }

    public void setEntity(String entity) {
        this.entity = entity;
    }
}
