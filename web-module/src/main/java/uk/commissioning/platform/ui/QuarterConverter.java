package uk.commissioning.platform.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import uk.commissioning.period.Quarter;

/**
 * A quarter typed into a field, read by the domain's {@link Quarter#parse} (2019-20 Q3, 2019-20-Q3 or 2019/20 Q3) and
 * shown as the screens write it; text it refuses is the field's label and the domain's sentence, never a pattern.
 */
@FacesConverter(forClass = Quarter.class)
public class QuarterConverter implements Converter<Quarter> {

    @Override
    public Quarter getAsObject(FacesContext context, UIComponent component, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Quarter.parse(text);
        } catch (IllegalArgumentException e) {
            Object label = component.getAttributes().get("label");
            String sentence = (label == null ? "" : label + ": ") + e.getMessage() + ".";
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, sentence, sentence), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Quarter quarter) {
        return quarter == null ? "" : quarter.label();
    }
}
