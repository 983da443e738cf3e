package uk.commissioning.approvals;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.commissioning.money.Money.pounds;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.commissioning.approvals.ApprovalOutcome.Approved;
import uk.commissioning.approvals.ApprovalOutcome.NeedsSecondApproval;
import uk.commissioning.approvals.ApprovalOutcome.Refused;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.money.Money;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

class ApprovalPolicyTest {

    private static final long GLA = 10;
    private static final long CCG = 20;
    private static final long CHARITY = 30;

    private static final ApprovalPolicy TRANSFERS = ApprovalPolicy.twoPerson("transfers", Set.of(Role.COMMISSIONER, Role.ADMIN));

    private static final Viewer PRIYA = new Viewer("priya.shah", GLA, Role.COMMISSIONER);
    private static final Viewer TOM = new Viewer("tom.okafor", GLA, Role.COMMISSIONER);
    private static final Viewer DAN = new Viewer("dan.reeves", CCG, Role.COMMISSIONER);
    private static final Viewer SAM = new Viewer("sam.patel", CHARITY, Role.VCSE_FINANCE);
    private static final Viewer ADMIN = new Viewer("admin", null, Role.ADMIN);
    private static final Viewer API_TOKEN = new Viewer("api-token-1", GLA, null);

    private static ApprovalRequest byPriya(String amount) {
        return ApprovalRequest.of("transfer 7", "priya.shah", pounds(amount), Set.of(GLA));
    }

    @Test
    void anotherPersonWithTheRoleFromAnAnswerableOrganisationApproves() {
        assertInstanceOf(Approved.class, TRANSFERS.decide(byPriya("20000.00"), TOM));
    }

    @Test
    void refusesTheRequesterApprovingTheirOwnRequestWhateverTheCaseOfTheirName() {
        Viewer shouting = new Viewer("PRIYA.SHAH", GLA, Role.COMMISSIONER);

        Refused refused = assertInstanceOf(Refused.class, TRANSFERS.decide(byPriya("20000.00"), shouting));

        assertEquals(Reason.SELF_APPROVAL, refused.reason());
        assertEquals("transfer 7 was created by priya.shah and must be approved by someone else", refused.message());
    }

    @Test
    void refusesSomeoneWithoutAnApproverRole() {
        Refused refused = assertInstanceOf(Refused.class,
                TRANSFERS.decide(ApprovalRequest.of("transfer 7", "priya.shah", pounds("1.00"), Set.of(CHARITY)), SAM));

        assertEquals(Reason.NOT_YOUR_ORGANISATION, refused.reason());
        assertEquals("only commissioners and administrators decide transfers", refused.message());
    }

    @Test
    void refusesAnApiTokenWhichActsWithNoPersonsRole() {
        assertInstanceOf(Refused.class, TRANSFERS.decide(byPriya("1.00"), API_TOKEN));
    }

    @Test
    void refusesACommissionerOfAnOrganisationNotAnswerableForIt() {
        Refused refused = assertInstanceOf(Refused.class, TRANSFERS.decide(byPriya("1.00"), DAN));

        assertEquals(Reason.NOT_YOUR_ORGANISATION, refused.reason());
        assertEquals("transfer 7 is not your organisation's to approve", refused.message());
    }

    @Test
    void anAdministratorApprovesForAnyOrganisation() {
        assertInstanceOf(Approved.class, TRANSFERS.decide(byPriya("1.00"), ADMIN));
    }

    @Test
    void aRefusalThrowsTheRuleViolationItStandsForAndAnythingElsePassesThrough() {
        RuleViolation thrown = assertThrows(RuleViolation.class, () -> TRANSFERS.decide(byPriya("1.00"), PRIYA).orThrow());
        assertEquals(Reason.SELF_APPROVAL, thrown.reason());
        assertNull(thrown.field());

        ApprovalOutcome approved = TRANSFERS.decide(byPriya("1.00"), TOM);
        assertSame(approved, approved.orThrow());
    }

    @Test
    void onlyTheRequesterRolesMayRaiseARequest() {
        assertDoesNotThrow(() -> TRANSFERS.requireMayRequest(PRIYA));
        assertDoesNotThrow(() -> TRANSFERS.requireMayRequest(ADMIN));

        RuleViolation refused = assertThrows(RuleViolation.class, () -> TRANSFERS.requireMayRequest(SAM));
        assertEquals(Reason.NOT_YOUR_ORGANISATION, refused.reason());
        assertEquals("only commissioners and administrators request transfers", refused.getMessage());
        assertThrows(RuleViolation.class, () -> TRANSFERS.requireMayRequest(API_TOKEN));
    }

    @Test
    void onlyTheApproverRolesMayDecideAtAll() {
        assertDoesNotThrow(() -> TRANSFERS.requireMayDecide(TOM));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> TRANSFERS.requireMayDecide(SAM));
        assertEquals("only commissioners and administrators decide transfers", refused.getMessage());
    }

    @Test
    void requestersAndApproversCanHoldDifferentRoles() {
        ApprovalPolicy claims = new ApprovalPolicy("claims", Set.of(Role.VCSE_FINANCE), Set.of(Role.COMMISSIONER),
                Optional.empty());
        ApprovalRequest samsClaim = ApprovalRequest.of("claim 3", "sam.patel", pounds("500.00"), Set.of(GLA));

        assertDoesNotThrow(() -> claims.requireMayRequest(SAM));
        assertThrows(RuleViolation.class, () -> claims.requireMayRequest(TOM));
        assertInstanceOf(Approved.class, claims.decide(samsClaim, TOM));
        assertInstanceOf(Refused.class, claims.decide(samsClaim, SAM), "a VCSE finance lead does not approve claims");
        assertEquals("only VCSE finance leads request claims",
                assertThrows(RuleViolation.class, () -> claims.requireMayRequest(ADMIN)).getMessage());
    }

    @Test
    void listsWhatIsWaitingOnlyForThoseWhoCouldApproveIt() {
        assertTrue(TRANSFERS.mayApprove(byPriya("1.00"), TOM));
        assertFalse(TRANSFERS.mayApprove(byPriya("1.00"), PRIYA));
        assertFalse(TRANSFERS.mayApprove(byPriya("1.00"), DAN));
    }

    @Test
    void aPolicyThatNamesNoRoleIsAMistakeInTheCodeThatDeclaresIt() {
        assertThrows(IllegalArgumentException.class, () -> ApprovalPolicy.twoPerson("awards", Set.of()));
    }

    @Nested
    class AboveALimit {

        private final ApprovalPolicy awards = ApprovalPolicy.twoPerson("awards", Set.of(Role.COMMISSIONER, Role.ADMIN))
                .withSecondApprovalAbove(pounds("25000.00"), Set.of(Role.ADMIN));

        private ApprovalRequest award(String amount, String... approvedBy) {
            return new ApprovalRequest("award 5", "priya.shah", Money.pounds(amount), Set.of(GLA), List.of(approvedBy));
        }

        @Test
        void oneApprovalIsEnoughUpToAndIncludingTheLimit() {
            assertInstanceOf(Approved.class, awards.decide(award("25000.00"), TOM));
        }

        @Test
        void theFirstApprovalAboveTheLimitCountsButNeedsASecond() {
            NeedsSecondApproval needs = assertInstanceOf(NeedsSecondApproval.class, awards.decide(award("25000.01"), TOM));

            assertEquals(pounds("25000.00"), needs.limit());
            assertEquals(Set.of(Role.ADMIN), needs.roles());
            assertTrue(awards.mayApprove(award("25000.01"), TOM), "a first approval is one they may give");
        }

        @Test
        void theSecondApprovalAboveTheLimitNeedsTheLimitsRole() {
            Viewer anotherCommissioner = new Viewer("lena.hart", GLA, Role.COMMISSIONER);

            Refused refused = assertInstanceOf(Refused.class, awards.decide(award("30000.00", "tom.okafor"), anotherCommissioner));

            assertEquals(Reason.NOT_YOUR_ORGANISATION, refused.reason());
            assertEquals("award 5 is above £25,000.00: only administrators give its second approval", refused.message());
        }

        @Test
        void theSecondApprovalBySomeoneHoldingTheLimitsRoleApproves() {
            assertInstanceOf(Approved.class, awards.decide(award("30000.00", "tom.okafor"), ADMIN));
        }

        @Test
        void theSecondApproverMustBeADifferentPersonFromTheFirst() {
            Viewer tomAsAdmin = new Viewer("Tom.Okafor", null, Role.ADMIN);

            Refused refused = assertInstanceOf(Refused.class, awards.decide(award("30000.00", "tom.okafor"), tomAsAdmin));

            assertEquals(Reason.SELF_APPROVAL, refused.reason());
            assertEquals("Tom.Okafor has already approved award 5; the second approval must be someone else's", refused.message());
        }

        @Test
        void theRequesterGivesNeitherApproval() {
            Viewer priyaAsAdmin = new Viewer("priya.shah", null, Role.ADMIN);

            assertEquals(Reason.SELF_APPROVAL,
                    assertInstanceOf(Refused.class, awards.decide(award("30000.00", "tom.okafor"), priyaAsAdmin)).reason());
        }
    }
}
