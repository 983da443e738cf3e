package uk.commissioning.evidence.entity;

/** The kinds of evidence accepted, each as its bytes reveal it (never as an upload names itself). */
public enum FileType {
    PDF("application/pdf", "PDF", "pdf"),
    PNG("image/png", "PNG image", "png"),
    JPEG("image/jpeg", "JPEG image", "jpg", "jpeg"),
    CSV("text/csv", "CSV", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel workbook", "xlsx");

    private final String mediaType;
    private final String label;
    private final String[] extensions;

    FileType(String mediaType, String label, String... extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }

    /** The usual extension, for a file name that has none of this type's. */
    public String extension() {
        return extensions[0];
    }

    public boolean hasExtension(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        for (String extension : extensions) {
            if (lower.endsWith("." + extension)) {
                return true;
            }
        }
        return false;
    }

    public static FileType ofMediaType(String mediaType) {
        for (FileType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("not an evidence type: " + mediaType);
    }
}
