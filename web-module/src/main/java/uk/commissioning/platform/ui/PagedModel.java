package uk.commissioning.platform.ui;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import uk.commissioning.platform.Page;

/** A table model that asks the database for one page at a time (and for the total, for the paginator). */
public class PagedModel<T> extends LazyDataModel<T> {

    /** Loads rows {@code first … first + size - 1} and the total number of rows. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> load(int first, int size);
    }

    /** The row's identity, for selection and Ajax updates. */
    @FunctionalInterface
    public interface Key<T> extends Function<T, Object>, Serializable {
    }

    private final Loader<T> loader;
    private final Key<T> key;

    public PagedModel(Loader<T> loader, Key<T> key) {
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) loader.load(0, 1).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> page = loader.load(first, pageSize);
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }
}
