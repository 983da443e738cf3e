package uk.commissioning.demand.imports.control;

/**
 * What the demand-import job's artifacts share: the import they work on, the job parameter {@value #IMPORT_ID} that
 * demand-import.xml gives each artifact as its batch property {@code importId}.
 */
public final class ImportJob {

    public static final String IMPORT_ID = "importId";

    private ImportJob() {
    }

    /** @param property the artifact's {@code @BatchProperty importId} */
    public static long importId(String property) {
        if (property == null || property.isBlank()) {
            throw new IllegalStateException("the demand-import job was started without its " + IMPORT_ID + " parameter");
        }
        return Long.parseLong(property);
    }
}
