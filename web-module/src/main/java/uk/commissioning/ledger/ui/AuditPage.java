package uk.commissioning.ledger.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.audit.entity.AuditEvent;
import uk.commissioning.platform.web.Caller;
import uk.commissioning.security.entity.Role;
import uk.commissioning.security.entity.Viewer;

/** Audit events the viewer may see (administrators: all; others: their organisation's people's), paged in the database. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    @Inject
    transient AuditTrail audit;

    @Inject
    transient Caller caller;

    private String entity;
    private final LazyDataModel<AuditEvent> events = new LazyDataModel<>() {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) audit.count(viewer(), entityFilter(), null, null, null);
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            setRowCount(count(filterBy));
            return audit.search(viewer(), entityFilter(), null, null, null, first / pageSize, pageSize);
        }

        @Override
        public String getRowKey(AuditEvent event) {
            return String.valueOf(event.id());
        }
    };

    private Viewer viewer() {
        return caller.requireAnyRole(Role.COMMISSIONER, Role.ADMIN, Role.BOARD_MEMBER);
    }

    private String entityFilter() {
        return entity == null || entity.isBlank() ? null : entity;
    }

    public LazyDataModel<AuditEvent> getEvents() {
        return events;
    }

    public String getEntity() {
        return entity;
    }

    public void setEntity(String entity) {
        this.entity = entity;
    }
}
