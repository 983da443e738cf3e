package uk.commissioning.contracts.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.commissioning.areas.control.Areas;
import uk.commissioning.contracts.control.NeedCategories;
import uk.commissioning.contracts.control.Services;
import uk.commissioning.contracts.entity.NeedCategory;
import uk.commissioning.contracts.entity.VcseService;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.RuleViolation;

/** The service directory, for every signed-in role: filter by need category and by ward or borough. */
@Named
@ViewScoped
public class ServiceDirectoryPage implements Serializable {

    @Inject
    transient Caller caller;

    @Inject
    transient Services services;

    @Inject
    transient NeedCategories needCategories;

    private String need;
    private String area;
    private List<VcseService> results;
    private List<NeedCategory> needs;
    private final Map<String, String> areaNames = new HashMap<>();

    /** The area may be a code or a place name; which area it means, or why none, is the area lookup's. */
    public void search() {
        caller.viewer();
        String typed = area == null || area.isBlank() ? null : area.strip();
        try {
            results = services.search(need == null || need.isBlank() ? null : need, typed, null, null);
        } catch (RuleViolation e) {
            refuse(e.getMessage());
        } catch (NotFoundException e) {
            refuse("no ward or borough has the code " + typed.toUpperCase(Locale.UK) + "; " + Areas.TYPE_INSTEAD);
        }
    }

    /** The lookup's reason under the area field, as a sentence. */
    private void refuse(String reason) {
        results = List.of();
        String sentence = Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".";
        FacesContext.getCurrentInstance().addMessage("directory:area",
                new FacesMessage(FacesMessage.SEVERITY_ERROR, sentence, sentence));
    }

    public List<VcseService> getResults() {
        if (results == null) {
            search();
        }
        return results;
    }

    public List<NeedCategory> getNeeds() {
        if (needs == null) {
            needs = needCategories.all();
        }
        return needs;
    }

    /** Need codes as their names, in the reference list's order. */
    public String needNames(VcseService service) {
        return getNeeds().stream().filter(n -> service.needs().contains(n.code())).map(NeedCategory::name)
                .collect(Collectors.joining(", "));
    }

    /** Area codes with their ward or borough names. */
    public String areaNames(VcseService service) {
        return service.areas().stream().sorted().map(code -> areaNames.computeIfAbsent(code, c -> {
            String name = services.areaName(c);
            return name == null ? c : name + " (" + c + ")";
        })).collect(Collectors.joining(", "));
    }

    public String getNeed() {
        return need;
    }

    public void setNeed(String need) {
        this.need = need;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }
}
