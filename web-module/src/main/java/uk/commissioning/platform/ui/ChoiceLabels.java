package uk.commissioning.platform.ui;

import jakarta.faces.component.NamingContainer;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.component.UISelectOne;
import jakarta.faces.component.html.HtmlOutputLabel;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Gives every choice list the words of its own label before it is validated, so that a choice the list no longer
 * offers (a stale page, a forged post) is refused by name: "Decision: that choice is not on the list any more…"
 * (FacesMessages.properties) instead of Faces' "transfer:decision: Validation Error: Value is not valid". A page may
 * still set {@code label} itself; a hint in brackets ("Decision (optional)") is left out.
 */
public class ChoiceLabels implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UISelectOne || source instanceof UISelectMany;
    }

    @Override
    public void processEvent(SystemEvent event) {
        UIComponent choice = (UIComponent) event.getSource();
        if (choice.getAttributes().get("label") != null) {
            return;
        }
        HtmlOutputLabel label = labelFor(container(choice), choice.getId());
        if (label != null && label.getValue() != null) {
            choice.getAttributes().put("label", String.valueOf(label.getValue()).replaceAll("\\s*\\(.*\\)\\s*$", "").strip());
        }
    }

    private static UIComponent container(UIComponent component) {
        UIComponent c = component.getParent();
        while (c != null && !(c instanceof NamingContainer)) {
            c = c.getParent();
        }
        return c == null ? component.getParent() : c;
    }

    private static HtmlOutputLabel labelFor(UIComponent within, String id) {
        for (UIComponent child : within.getChildren()) {
            if (child instanceof HtmlOutputLabel label && id.equals(label.getFor())) {
                return label;
            }
            HtmlOutputLabel found = labelFor(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
