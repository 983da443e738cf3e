package uk.commissioning.platform.ui;

import jakarta.faces.component.NamingContainer;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.html.HtmlOutputLabel;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Gives every input the words of its own label before it is validated, so that Faces' own refusals name the field as
 * the page does (FacesMessages.properties): a choice the list no longer offers (a stale page, a forged post) reads
 * "Decision: that choice is not on the list any more…" instead of "transfer:decision: Validation Error: Value is not
 * valid". A page may still set {@code label} itself; a hint in brackets ("Decision (optional)") is left out.
 */
public class InputLabels implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIInput;
    }

    @Override
    public void processEvent(SystemEvent event) {
        UIComponent input = (UIComponent) event.getSource();
        if (input.getAttributes().get("label") != null) {
            return;
        }
        HtmlOutputLabel label = labelFor(container(input), input.getId());
        if (label != null && label.getValue() != null) {
            input.getAttributes().put("label", String.valueOf(label.getValue()).replaceAll("\\s*\\(.*\\)\\s*$", "").strip());
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
