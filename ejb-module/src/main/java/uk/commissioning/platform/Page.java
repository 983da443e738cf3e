package uk.commissioning.platform;

import java.util.List;

/** One page of a longer list, with the size of the whole list, for server-side paging. */
public record Page<T>(List<T> items, long total) {
}
