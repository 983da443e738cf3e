package uk.commissioning.platform.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation.FieldProblem;
import uk.commissioning.rules.RuleViolation;

/** Faces messages in the shell's message area, and the not-found answer for things the viewer may not see. */
public final class Messages {

    private Messages() {
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** An information message that survives a redirect. */
    public static void flash(String text) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(text);
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /**
     * Runs a change the domain may refuse ({@link RuleViolation}, {@link NotFoundException}) and shows a refusal rather
     * than throwing it. Each field at fault gets its message on its input in {@code form}, where the page has one; the
     * top says "summary: " and what was not shown on an input, or to see the fields marked. A field is named as the
     * API names it, so {@code valueDate} is the input {@code form:valueDate} and {@code activities[0].lines[1].fte}
     * the input {@code fte} inside ui:repeats with the ids {@code activities} and {@code lines}. Anything else thrown
     * is a fault, not a refusal, and goes on.
     *
     * @return what the change returned, or null when it was refused
     */
    public static <T> T attempt(String form, String summary, Supplier<T> change) {
        try {
            return change.get();
        } catch (RuleViolation | NotFoundException refusal) {
            refused(form, summary, refusal);
            return null;
        }
    }

    /** {@link #attempt(String, String, Supplier)} for a change with nothing to return: whether it was made. */
    public static boolean attempt(String form, String summary, Runnable change) {
        return attempt(form, summary, () -> {
            change.run();
            return Boolean.TRUE;
        }) != null;
    }

    private static void refused(String form, String summary, RuntimeException refusal) {
        boolean eachNamed = refusal instanceof RuleViolation rule && rule.reason() == Reason.INVALID_INPUT;
        List<FieldProblem> problems = refusal instanceof RuleViolation rule ? rule.problems()
                : refusal instanceof NotFoundException missing && missing.field() != null
                ? List.of(new FieldProblem(missing.field(), missing.getMessage())) : List.of();
        FacesContext faces = FacesContext.getCurrentInstance();
        List<String> notOnAnInput = new ArrayList<>();
        for (FieldProblem problem : problems) {
            String input = form + ":" + problem.field().replaceAll("\\[(\\d+)]\\.?", ":$1:").replace('.', ':');
            if (faces.getViewRoot().invokeOnComponent(faces, input, (context, component) -> { })) {
                faces.addMessage(input, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), null));
            } else {
                notOnAnInput.add(eachNamed ? words(problem.field()) + " " + problem.message() : problem.message());
            }
        }
        if (problems.isEmpty()) {
            notOnAnInput.add(refusal.getMessage());
        }
        error(summary + ": " + (notOnAnInput.isEmpty() ? "see the field" + (problems.size() > 1 ? "s" : "")
                + " marked below" : String.join("; ", notOnAnInput)));
    }

    /** premisesAndOffice → premises and office: an input rule's field as a person reads it. */
    private static String words(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
    }

    /** Answers 403 (the not-allowed page): the caller's role does not use this page at all. */
    public static void notAllowed() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(403, "Not allowed");
        faces.responseComplete();
    }

    /** Answers 404 (the not-found page), the same for what does not exist and what is someone else's. */
    public static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "Not found");
        faces.responseComplete();
    }
}
