package uk.commissioning.contracts.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import uk.commissioning.contracts.control.ContractQueries;
import uk.commissioning.contracts.control.UnderRecovery;
import uk.commissioning.contracts.entity.Contract;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.platform.ui.Messages;

/** The contracts the viewer can see, and (for commissioners, administrators and board members) their under-recovery. */
@Named
@RequestScoped
public class ContractsPage {

    @Inject
    Caller caller;

    @Inject
    ContractQueries contracts;

    @Inject
    UnderRecovery underRecovery;

    private List<Contract> visible;
    private List<UnderRecovery.Line> recovery;

    public List<Contract> getContracts() {
        if (visible == null) {
            visible = contracts.visible(caller.viewer(), null, null);
        }
        return visible;
    }

    /** The under-recovery table is for those who commission or oversee; anyone else gets the not-found page. */
    public void requireUnderRecoveryReader() throws IOException {
        Viewer viewer = caller.viewer();
        if (!(viewer.seesEverything() || viewer.is(Role.COMMISSIONER) || viewer.is(Role.BOARD_MEMBER))) {
            Messages.notAllowed();
        }
    }

    /** One line per signed contract and financial year, worst under-recovery first. */
    public List<UnderRecovery.Line> getUnderRecovery() {
        if (recovery == null) {
            recovery = underRecovery.across(caller.viewer());
        }
        return recovery;
    }
}
