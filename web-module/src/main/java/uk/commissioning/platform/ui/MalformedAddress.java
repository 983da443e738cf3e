package uk.commissioning.platform.ui;

import jakarta.faces.FacesException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;

/**
 * A page opened with an id that is missing where one is required, or that is not a number ({@code fund.xhtml?id=abc}),
 * fails its view parameters; Faces would then skip the page's load and render an empty shell. On a first request
 * (not a postback) nothing else can fail validation, so such a page answers "Not found" (404), as a wrong id does.
 */
public class MalformedAddress implements PhaseListener {

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() && faces.isValidationFailed()) {
            try {
                Messages.notFound();
            } catch (IOException e) {
                throw new FacesException(e);
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
    }
}
