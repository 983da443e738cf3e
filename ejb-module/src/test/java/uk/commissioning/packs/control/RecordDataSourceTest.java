package uk.commissioning.packs.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.design.JRDesignField;
import org.junit.jupiter.api.Test;

class RecordDataSourceTest {

    record Line(String figure, BigDecimal amount, boolean keyFigure) {
    }

    private static JRField field(String name, Class<?> type) {
        JRDesignField field = new JRDesignField();
        field.setName(name);
        field.setValueClass(type);
        return field;
    }

    @Test
    void readsEachRowsComponentsByFieldNameAndRewinds() throws JRException {
        var rows = new RecordDataSource<>(Line.class, List.of(new Line("Budget", new BigDecimal("180000.00"), true),
                new Line("Paid", new BigDecimal("4000.00"), false)));
        JRField amount = field("amount", BigDecimal.class);

        assertTrue(rows.next());
        assertEquals(new BigDecimal("180000.00"), rows.getFieldValue(amount));
        assertEquals(Boolean.TRUE, rows.getFieldValue(field("keyFigure", Boolean.class)));
        assertTrue(rows.next());
        assertEquals("Paid", rows.getFieldValue(field("figure", String.class)));
        assertFalse(rows.next());
        assertFalse(rows.next(), "stays at the end");

        rows.moveFirst();
        assertTrue(rows.next());
        assertEquals(new BigDecimal("180000.00"), rows.getFieldValue(amount));
    }

    @Test
    void aFieldTheRecordDoesNotHaveFailsTheFillNamingBoth() {
        var rows = new RecordDataSource<>(Line.class, List.of(new Line("Budget", BigDecimal.ONE, true)));
        rows.next();
        JRException e = assertThrows(JRException.class, () -> rows.getFieldValue(field("budget", BigDecimal.class)));
        assertTrue(e.getMessage().contains("budget") && e.getMessage().contains(Line.class.getName()), e.getMessage());
    }

    @Test
    void aFieldDeclaredWithAnotherClassFailsRatherThanPrintingAWrongValue() {
        var rows = new RecordDataSource<>(Line.class, List.of(new Line("Budget", BigDecimal.ONE, true)));
        rows.next();
        JRException e = assertThrows(JRException.class, () -> rows.getFieldValue(field("amount", Double.class)));
        assertTrue(e.getMessage().contains("java.lang.Double") && e.getMessage().contains("java.math.BigDecimal"),
                e.getMessage());
    }
}
