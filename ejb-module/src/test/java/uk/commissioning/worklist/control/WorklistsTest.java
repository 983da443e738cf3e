package uk.commissioning.worklist.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.commissioning.approvals.ApprovalPolicy;
import uk.commissioning.approvals.ApprovalRequest;
import uk.commissioning.demand.imports.entity.DemandImport;
import uk.commissioning.demand.imports.entity.ImportFormat;
import uk.commissioning.demand.imports.entity.ImportStatus;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.money.Money;
import uk.commissioning.worklist.control.Worklists.Side;

class WorklistsTest {

    private static final long GLA = 1L;
    private static final long BEXLEY = 9L;
    private static final ApprovalPolicy TWO_PERSON = ApprovalPolicy.twoPerson("transfers", Set.of(Role.COMMISSIONER, Role.ADMIN));
    private static final ApprovalRequest PRIYAS = ApprovalRequest.of("transfer 12", "priya.shah", Money.pounds("10.00"), Set.of(GLA));

    @Test
    void aColleagueInTheAnswerableOrganisationHasItToApprove() {
        assertEquals(Side.TO_APPROVE, Worklists.side(TWO_PERSON, PRIYAS, new Viewer("tom.okafor", GLA, Role.COMMISSIONER)));
    }

    @Test
    void theRequesterWaitsForSomeoneElse() {
        assertEquals(Side.REQUESTED, Worklists.side(TWO_PERSON, PRIYAS, new Viewer("Priya.Shah", GLA, Role.COMMISSIONER)));
    }

    @Test
    void aCommissionerOfAnotherOrganisationIsNeitherWaitedForNorWaiting() {
        assertEquals(Side.NEITHER, Worklists.side(TWO_PERSON, PRIYAS, new Viewer("lena.fox", BEXLEY, Role.COMMISSIONER)));
        assertEquals(Side.NEITHER, Worklists.side(TWO_PERSON, PRIYAS, new Viewer("ruth.adeyemi", GLA, Role.BOARD_MEMBER)));
    }

    @Test
    void approverOrganisationsReadAsAList() {
        assertEquals("Greater London Authority", Worklists.inWords(List.of("Greater London Authority")));
        assertEquals("London Borough of Redbridge or NHS Redbridge CCG",
                Worklists.inWords(List.of("London Borough of Redbridge", "NHS Redbridge CCG")));
        assertEquals("A, B or C", Worklists.inWords(List.of("A", "B", "C")));
    }

    @Test
    void anImportThatRefusedRowsOrFailedIsWork() {
        DemandImport clean = new DemandImport(ImportFormat.values()[0], "referrals.csv", GLA, "dan.reeves", "staged", 10);
        clean.finished(ImportStatus.COMPLETED, null);
        assertEquals(Optional.empty(), Worklists.importProblem(clean));
        DemandImport failed = new DemandImport(ImportFormat.values()[0], "broken.csv", GLA, "dan.reeves", "staged", 10);
        failed.finished(ImportStatus.FAILED, "no header");
        assertEquals(Optional.of("Your demand import broken.csv failed: upload it again once the file is fixed"),
                Worklists.importProblem(failed));
        DemandImport running = new DemandImport(ImportFormat.values()[0], "big.csv", GLA, "dan.reeves", "staged", 10);
        assertEquals(Optional.empty(), Worklists.importProblem(running), "not finished: nothing to do yet");
    }
}
