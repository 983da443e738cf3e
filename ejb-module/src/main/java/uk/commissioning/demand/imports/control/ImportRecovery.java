package uk.commissioning.demand.imports.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import uk.commissioning.demand.imports.entity.DemandImport;

/**
 * At start-up, resumes every import that was queued or running when the server last stopped (a crash, a kill -9, a
 * redeploy): each continues after its last committed chunk. Imports launched during this start-up (the demo data)
 * are left alone. With one server this is exactly the set of imports no job is working on; several servers sharing
 * one database would each resume them (harmless for the data, which is idempotent, but the counters would be
 * wrong), so run imports on one server.
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
            if (DemandImports.THIS_RUN.equals(unfinished.runner())) {
                continue; // launched during this start-up (the demo data), already running here
            }
            LOG.info(() -> "Resuming demand import " + unfinished.id() + " after line " + (unfinished.linesDone() + 1));
            imports.launch(unfinished.id());
        }
    }
}
