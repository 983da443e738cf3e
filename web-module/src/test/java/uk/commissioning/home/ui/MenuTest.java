package uk.commissioning.home.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.commissioning.home.ui.Menu.Group;
import uk.commissioning.home.ui.Menu.Link;
import uk.commissioning.identity.Role;

class MenuTest {

    @Test
    void eachRoleGetsTheGroupsItWorksIn() {
        assertEquals(List.of("Money", "Contracts", "Demand", "Governance"), names(Role.COMMISSIONER));
        assertEquals(List.of("Contracts", "Demand"), names(Role.VCSE_FINANCE));
        assertEquals(List.of("Contracts", "Demand", "Governance"), names(Role.BOARD_MEMBER));
        assertEquals(List.of("Money", "Contracts", "Demand", "Governance", "Admin"), names(Role.ADMIN));
    }

    @Test
    void noRoleIsOfferedAPageItMayNotUse() {
        assertFalse(labels(Role.VCSE_FINANCE).contains("Under-recovery"), "web.xml keeps VCSE leads off under-recovery");
        assertFalse(labels(Role.VCSE_FINANCE).contains("Proposals"));
        assertFalse(labels(Role.BOARD_MEMBER).contains("Link workers"));
        assertFalse(labels(Role.BOARD_MEMBER).contains("Quarter close"));
        assertTrue(labels(Role.BOARD_MEMBER).containsAll(List.of("Your board's funds", "Audit trail", "Under-recovery")));
        assertEquals(List.of("Contracts", "Claims", "Services", "FCR budget", "Link workers", "Matching", "Outcomes", "Imports"),
                labels(Role.VCSE_FINANCE));
        assertTrue(labels(Role.COMMISSIONER).containsAll(List.of("Approvals inbox", "Claims")));
        assertFalse(labels(Role.VCSE_FINANCE).contains("Approvals inbox"), "finance leads never approve claims");
        assertFalse(labels(Role.BOARD_MEMBER).contains("Claims"));
    }

    @Test
    void aPageWithoutALinkOfItsOwnMarksItsList() {
        List<Group> commissioner = Menu.groupsFor(Role.COMMISSIONER);
        assertTrue(Menu.marks("/funds/fund.xhtml", "/funds/index.xhtml", commissioner));
        assertTrue(Menu.marks("/transfers/new.xhtml", "/transfers/index.xhtml", commissioner));
        assertTrue(Menu.marks("/contracts/contract.xhtml", "/contracts/index.xhtml", commissioner));
        assertFalse(Menu.marks("/contracts/under-recovery.xhtml", "/contracts/index.xhtml", commissioner),
                "under-recovery has a link of its own");
        assertTrue(Menu.marks("/contracts/under-recovery.xhtml", "/contracts/under-recovery.xhtml", commissioner));
        assertFalse(Menu.marks("/not-found.xhtml", "/funds/index.xhtml", commissioner));
        List<Group> vcse = Menu.groupsFor(Role.VCSE_FINANCE);
        assertTrue(Menu.marks("/claims/claim.xhtml", "/claims/index.xhtml", vcse), "a claim marks the provider's claim list");
    }

    private static List<String> names(Role role) {
        return Menu.groupsFor(role).stream().map(Group::name).toList();
    }

    private static List<String> labels(Role role) {
        return Menu.groupsFor(role).stream().flatMap(g -> g.links().stream()).map(Link::label).toList();
    }
}
