package uk.commissioning.funding.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.money.Money;
import uk.commissioning.organisations.entity.OrgId;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.organisations.entity.OrganisationType;
import uk.commissioning.period.FinancialYear;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/** Who may withdraw a pending transfer (its requester) and who may reject it (the approver's side). */
class TransferTest {

    private static final Organisation GLA = withId(new Organisation(OrgId.of("GB-GOR-PF1"), "Greater London Authority",
            OrganisationType.GLA, "test"), 1L);
    private static final Viewer PRIYA = new Viewer("priya.shah", 1L, Role.COMMISSIONER);
    private static final Viewer TOM = new Viewer("tom.okafor", 1L, Role.COMMISSIONER);
    private static final Viewer DAN = new Viewer("dan.reeves", 2L, Role.COMMISSIONER);

    @Test
    void itsRequesterWithdrawsAPendingTransfer() {
        Transfer transfer = pending();
        assertTrue(transfer.mayBeWithdrawnBy(PRIYA));
        transfer.withdraw(PRIYA);
        assertEquals(TransferStatus.WITHDRAWN, transfer.status());
        assertEquals("priya.shah", transfer.decidedBy());
        assertFalse(transfer.mayBeWithdrawnBy(PRIYA), "once withdrawn, it is no longer pending");
    }

    @Test
    void nobodyElseWithdrawsIt() {
        Transfer transfer = pending();
        assertFalse(transfer.mayBeWithdrawnBy(TOM));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> transfer.withdraw(TOM));
        assertEquals(Reason.NOT_YOUR_ORGANISATION, refused.reason());
        assertEquals(TransferStatus.PENDING, transfer.status());
    }

    @Test
    void aTransferNoLongerPendingIsNotWithdrawn() {
        Transfer transfer = pending();
        transfer.reject(TOM);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> transfer.withdraw(PRIYA));
        assertEquals(Reason.NOT_PENDING, refused.reason());
        assertEquals("transfer 7 is rejected, no longer waiting for approval", refused.getMessage());
    }

    @Test
    void theApproversSideRejectsButNotTheRequesterNorAnotherOrganisation() {
        Transfer transfer = pending();
        assertFalse(transfer.mayBeRejectedBy(PRIYA));
        assertEquals(Reason.SELF_APPROVAL, assertThrows(RuleViolation.class, () -> transfer.reject(PRIYA)).reason());
        assertFalse(transfer.mayBeRejectedBy(DAN));
        assertEquals(Reason.NOT_YOUR_ORGANISATION, assertThrows(RuleViolation.class, () -> transfer.reject(DAN)).reason());
        assertTrue(transfer.mayBeRejectedBy(TOM));
        transfer.reject(TOM);
        assertEquals(TransferStatus.REJECTED, transfer.status());
    }

    private static Transfer pending() {
        Decision decision = new Decision("DD2419", DecisionType.DIRECTOR_DECISION, "Development of social prescribing", GLA,
                "Sarah Mulley", "Executive Director", LocalDate.of(2019, 12, 17), null, "test");
        return withId(new Transfer(fund(10L), fund(11L), Money.pounds("20000.00"), decision, LocalDate.of(2019, 12, 17),
                "more projects", "priya.shah"), 7L);
    }

    static Fund fund(long id) {
        return withId(new Fund("F" + id, "Fund " + id, FundType.SINGLE_COMMISSIONER_BUDGET, GLA, FinancialYear.parse("2019-20"),
                "test", Money.GBP, "test"), id);
    }

    /** Ids are the database's to give; a test without one sets it as the database would. */
    static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
