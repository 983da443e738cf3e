package uk.commissioning.grants.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Why one grant of a file was not imported: by its id in a JSON file, by its line in a CSV file. */
@Embeddable
public class ImportProblem {

    @Column(name = "grant_id", length = 200)
    private String grantId;

    @Column(name = "line_number")
    private Integer line;

    @Column(length = 200)
    private String field;

    @Column(nullable = false, length = 1000)
    private String message;

    protected ImportProblem() {
    }

    public ImportProblem(String grantId, Integer line, String field, String message) {
        this.grantId = grantId == null ? null : cut(grantId, 200);
        this.line = line;
        this.field = field;
        this.message = cut(message, 1000);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    public String grantId() {
        return grantId;
    }

    public Integer line() {
        return line;
    }

    public String field() {
        return field;
    }

    public String message() {
        return message;
    }
}
