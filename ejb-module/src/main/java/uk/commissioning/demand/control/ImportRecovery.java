package uk.commissioning.demand.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import uk.commissioning.demand.entity.DemandImport;

/**
 * At start-up, resumes every import that was queued or running when the server last stopped (a crash, a kill -9, a
 * redeploy): each continues after its last committed chunk. With one server this is exactly the set of imports that
 * no job is working on.
 */
@Singleton
@Startup
@DependsOn("Database")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRecovery {

    private static final Logger LOG = Logger.getLogger(ImportRecovery.class.getName());

    @Inject
    ImportRecords records;

    @Inject
    DemandImports imports;

    @PostConstruct
    void resumeUnfinished() {
        for (DemandImport unfinished : records.unfinished()) {
            LOG.info(() -> "Resuming demand import " + unfinished.id() + " after line " + (unfinished.linesDone() + 1));
            imports.launch(unfinished.id());
        }
    }
}
