package uk.commissioning.home.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.commissioning.identity.Role;
import uk.commissioning.security.entity.AppUser;
import uk.commissioning.security.ui.CurrentUser;

/**
 * The main menu, grouped by task (Money, Contracts, Demand, Governance, Admin). Each role gets only the groups and
 * links it can use: the pages behind the others answer "Not allowed" (web.xml) or refuse in the service, so a link to
 * them would only lead there.
 */
@Named("menu")
@RequestScoped
public class Menu {

    public record Link(String label, String page) {
    }

    public record Group(String id, String name, List<Link> links) {
    }

    @Inject
    CurrentUser me;

    private List<Group> groups;

    public List<Group> getGroups() {
        if (groups == null) {
            groups = me.user().map(AppUser::role).map(Menu::groupsFor).orElse(List.of());
        }
        return groups;
    }

    /** Whether the link leads to the page being shown, or to the list the page belongs to (a fund → Funds). */
    public boolean current(Link link) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String viewId = faces == null || faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
        return marks(viewId, link.page(), getGroups());
    }

    static List<Group> groupsFor(Role role) {
        boolean moneyManager = role == Role.COMMISSIONER || role == Role.ADMIN;
        boolean board = role == Role.BOARD_MEMBER;
        boolean vcse = role == Role.VCSE_FINANCE;
        List<Group> groups = new ArrayList<>();
        if (moneyManager) {
            groups.add(new Group("money", "Money", List.of(new Link("Funds", "/funds/index.xhtml"),
                    new Link("Transfers", "/transfers/index.xhtml"), new Link("Decisions", "/decisions/index.xhtml"),
                    new Link("Quarter close", "/periods/index.xhtml"), new Link("Approvals inbox", "/claims/inbox.xhtml"),
                    new Link("Payment runs", "/payments/index.xhtml"))));
        }
        List<Link> contracts = new ArrayList<>(List.of(new Link("Contracts", "/contracts/index.xhtml")));
        if (vcse || moneyManager) {
            contracts.add(new Link("Claims", "/claims/index.xhtml"));
        }
        if (moneyManager || board) {
            contracts.add(new Link("Under-recovery", "/contracts/under-recovery.xhtml"));
        }
        contracts.add(new Link("Services", "/services/index.xhtml"));
        contracts.add(new Link(vcse ? "FCR budget" : "FCR budgets", "/fcr/index.xhtml"));
        if (moneyManager || vcse) {
            contracts.add(new Link("Link workers", "/link-workers/index.xhtml"));
        }
        groups.add(new Group("contracts", "Contracts", contracts));
        List<Link> demand = new ArrayList<>(List.of(new Link("Matching", "/demand/matching.xhtml")));
        if (moneyManager) {
            demand.add(new Link("Proposals", "/demand/proposals.xhtml"));
        }
        demand.add(new Link("Outcomes", "/demand/outcomes.xhtml"));
        demand.add(new Link("Imports", "/demand/imports.xhtml"));
        groups.add(new Group("demand", "Demand", demand));
        if (moneyManager || board) {
            List<Link> governance = new ArrayList<>();
            if (board) {
                governance.add(new Link("Your board's funds", "/funds/index.xhtml"));
            }
            governance.add(new Link("Audit trail", "/audit/index.xhtml"));
            groups.add(new Group("governance", "Governance", governance));
        }
        if (role == Role.ADMIN) {
            groups.add(new Group("admin", "Admin", List.of(new Link("Users", "/admin/users.xhtml"),
                    new Link("API tokens", "/admin/tokens.xhtml"),
                    new Link("Approval limits", "/admin/limits.xhtml"))));
        }
        return List.copyOf(groups);
    }

    /**
     * The page itself, or for a page that has no link of its own (a fund, a new transfer) the first link in its
     * folder: its list. Pages at the top level (errors, sign-in) mark nothing but themselves.
     */
    static boolean marks(String viewId, String page, List<Group> groups) {
        if (viewId.equals(page)) {
            return true;
        }
        List<String> pages = groups.stream().flatMap(g -> g.links().stream()).map(Link::page).toList();
        if (pages.contains(viewId)) {
            return false;
        }
        String folder = folder(viewId);
        Optional<String> first = pages.stream().filter(p -> folder(p).equals(folder)).findFirst();
        return !folder.equals("/") && first.isPresent() && first.get().equals(page);
    }

    private static String folder(String page) {
        return page.substring(0, page.lastIndexOf('/') + 1);
    }
}
