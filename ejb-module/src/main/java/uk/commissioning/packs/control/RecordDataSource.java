package uk.commissioning.packs.control;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * Rows of a report as Java records: a design's field {@code budget} reads the row's {@code budget()} component.
 * JasperReports' bean data sources look for {@code getBudget()} and so see nothing on a record. A field the record
 * does not have, or one whose declared class differs from the component's, fails the fill with both names, rather
 * than printing a blank or a wrongly typed figure.
 */
public final class RecordDataSource<R extends Record> implements JRRewindableDataSource {

    private final Class<R> type;
    private final List<R> rows;
    private final Map<String, Method> accessors = new HashMap<>();
    private int index = -1;

    public RecordDataSource(Class<R> type, List<R> rows) {
        this.type = type;
        this.rows = List.copyOf(rows);
        for (RecordComponent component : type.getRecordComponents()) {
            accessors.put(component.getName(), component.getAccessor());
        }
    }

    @Override
    public boolean next() {
        if (index < rows.size()) {
            index++;
        }
        return index < rows.size();
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        Method accessor = accessors.get(field.getName());
        if (accessor == null) {
            throw new JRException("the design's field " + field.getName() + " is not a component of " + type.getName());
        }
        Object value;
        try {
            value = accessor.invoke(rows.get(index));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new JRException("could not read " + type.getSimpleName() + "." + field.getName() + "()", e);
        }
        if (value != null && !field.getValueClass().isInstance(value)) {
            throw new JRException("the design declares field " + field.getName() + " as " + field.getValueClassName()
                    + " but " + type.getSimpleName() + "." + field.getName() + "() is a " + value.getClass().getName());
        }
        return value;
    }

    @Override
    public void moveFirst() {
        index = -1;
    }
}
