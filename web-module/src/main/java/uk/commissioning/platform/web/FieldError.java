package uk.commissioning.platform.web;

/** One thing wrong with a request: the field (or CSV line/column later) and what is wrong with it. */
public record FieldError(String field, String message) {
}
