package uk.commissioning.demand.imports.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import uk.commissioning.demand.imports.entity.ImportFormat;

/**
 * Streams an upload into the staged file the batch job reads, replacing NHS numbers and person ids with their keyed
 * hashes on the way, so the identifiers never reach the disk, the database or a log. Memory stays one line whatever
 * the file's size.
 * <p>
 * A line of ASCII without quotes (nearly every line of a real file) is staged as bytes: its identifier fields are cut
 * out and hashed from the bytes, the rest copied as it came, with no characters decoded or encoded. Any other line
 * goes through {@link #stageLine}, the reference the byte path is tested against (DemandFileTest).
 * <p>
 * Staged file: line 1 is the header as sent; then one line per line of the upload, in order — {@code +} and the
 * re-written CSV fields, {@code !} and why the line could not be read as CSV, or empty for a blank line. In the
 * identifier columns a staged value is {@code #} + the hash, or {@code !} + why the value was refused.
 */
public final class ImportStaging {

    public static final String NHS_NUMBER = "nhs_number";
    public static final String PERSON_ID = "person_id";
    static final int MAX_PERSON_ID = 64;

    public record Staged(ImportFormat format, boolean headerValid, long dataLines) {
    }

    /** A referral file reached a server that has no key to pseudonymise its people with. */
    public static final class NoPseudonymKey extends RuntimeException {
        NoPseudonymKey() {
            super("referral files need the pseudonym key");
        }
    }

    private ImportStaging() {
    }

    /**
     * @param requested the format the uploader named, or null to tell it from the header
     * @param staged where the staged file goes (buffered here: pass the file's own stream)
     * @param pseudonymiser the keyed hash; may be null only for an aggregate file, which has no identifiers
     */
    public static Staged stage(InputStream upload, ImportFormat requested, OutputStream staged, Pseudonymiser pseudonymiser)
            throws IOException {
        UploadLines lines = new UploadLines(upload);
        StagedOutput out = new StagedOutput(staged);
        if (!lines.next()) {
            out.line("");
            out.flush();
            return new Staged(requested == null ? ImportFormat.REFERRALS : requested, false, 0);
        }
        String headerLine = lines.text();
        if (headerLine.startsWith("\uFEFF")) {
            headerLine = headerLine.substring(1);
        }
        ImportHeader header;
        try {
            List<String> names = CsvLine.parse(headerLine);
            ImportFormat format = requested != null ? requested : ImportFormat.detect(ImportHeader.normalise(names));
            header = ImportHeader.check(format, names);
        } catch (IllegalArgumentException unreadable) {
            header = null;
        }
        out.line(headerLine);
        ImportFormat format = header != null ? header.format() : requested == null ? ImportFormat.REFERRALS : requested;
        boolean headerValid = header != null && header.valid();
        if (headerValid && format == ImportFormat.REFERRALS && pseudonymiser == null) {
            throw new NoPseudonymKey();
        }
        LineStager stager = headerValid ? new LineStager(header, pseudonymiser) : null;
        long count = 0;
        while (lines.next()) {
            count++;
            if (stager != null) {
                stager.stage(lines, out);
            }
        }
        out.flush();
        return new Staged(format, headerValid, count);
    }

    /** Line 1 of a staged file: the header as the uploader sent it, or null for an empty file. */
    public static String stagedHeader(Path stagedFile) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(stagedFile, StandardCharsets.UTF_8)) {
            return reader.readLine();
        }
    }

    /** A header with a fault stages no rows at all: the job rejects the file, and nothing identifying is kept. */
    static String stageLine(String line, ImportHeader header, Pseudonymiser pseudonymiser) {
        if (line.isBlank()) {
            return "";
        }
        List<String> fields;
        try {
            fields = CsvLine.parse(line);
        } catch (IllegalArgumentException malformed) {
            return "!" + malformed.getMessage();
        }
        return "+" + CsvLine.format(stageFields(fields, header, pseudonymiser));
    }

    /**
     * Stages the lines of one upload under a valid header. A line of ASCII without quotes and with one field per
     * column is staged from its bytes; in its identifier fields, a bare ten-digit NHS number and a person id (and
     * source system) without surrounding spaces are hashed from the bytes too, and any other value goes through the
     * same functions as the text path. Every other line is decoded and staged by {@link #stageLine}.
     */
    private static final class LineStager {

        private final ImportHeader header;
        private final Pseudonymiser pseudonymiser;
        private final int nhs;
        private final int person;
        private final int source;
        private final int columns;
        /** Where each field starts, and one past the last field's end (plus its comma). */
        private final int[] starts;

        LineStager(ImportHeader header, Pseudonymiser pseudonymiser) {
            this.header = header;
            this.pseudonymiser = pseudonymiser;
            this.nhs = header.indexOf(NHS_NUMBER);
            this.person = header.indexOf(PERSON_ID);
            this.source = header.indexOf("source_system");
            this.columns = header.columns();
            this.starts = new int[columns + 1];
        }

        void stage(UploadLines lines, StagedOutput out) throws IOException {
            if (!stagedFromBytes(lines.bytes(), lines.start(), lines.end(), out)) {
                out.line(stageLine(lines.text(), header, pseudonymiser));
            }
        }

        private boolean stagedFromBytes(byte[] line, int from, int to, StagedOutput out) throws IOException {
            if (columns < 2) {
                return false;
            }
            int fields = 0;
            starts[fields++] = from;
            for (int i = from; i < to; i++) {
                byte b = line[i];
                if (b == ',') {
                    if (fields == columns) {
                        return false;
                    }
                    starts[fields++] = i + 1;
                } else if (b < 0 || b == '"') {
                    return false;
                }
            }
            if (fields != columns) {
                return false;
            }
            starts[columns] = to + 1;
            // '+', the line, and for each identifier field at most its replacement's length instead of its own.
            int at = out.reserve(2 + (to - from) + 2 * (Pseudonymiser.KEY_HEX_DIGITS + 64));
            byte[] buffer = out.buffer();
            int start = at;
            buffer[at++] = '+';
            int copied = from;
            for (int column = 0; column < columns; column++) {
                if (column != nhs && column != person) {
                    continue;
                }
                int fieldFrom = starts[column];
                int fieldTo = starts[column + 1] - 1;
                System.arraycopy(line, copied, buffer, at, fieldFrom - copied);
                at += fieldFrom - copied;
                at = column == nhs ? nhsNumber(line, fieldFrom, fieldTo, buffer, at) : personId(line, fieldFrom, fieldTo, buffer, at);
                copied = fieldTo;
            }
            System.arraycopy(line, copied, buffer, at, to - copied);
            at += to - copied;
            buffer[at++] = '\n';
            out.advance(at - start);
            return true;
        }

        private int nhsNumber(byte[] line, int from, int to, byte[] out, int at) {
            if (to - from == 10 && AsciiBytes.digits(line, from, to)) {
                if (!NhsNumber.checkDigitValid(line, from)) {
                    return ascii("!fails the modulus 11 check", out, at);
                }
                out[at++] = '#';
                pseudonymiser.ofNhsNumber(line, from, out, at);
                return at + Pseudonymiser.KEY_HEX_DIGITS;
            }
            return ascii(pseudonymiseNhsNumber(new String(line, from, to - from, StandardCharsets.US_ASCII), pseudonymiser), out, at);
        }

        private int personId(byte[] line, int from, int to, byte[] out, int at) {
            int sourceFrom = source < 0 ? 0 : starts[source];
            int sourceTo = source < 0 ? 0 : starts[source + 1] - 1;
            if (to > from && to - from <= MAX_PERSON_ID && unpadded(line, from, to) && (sourceTo == sourceFrom || unpadded(line, sourceFrom, sourceTo))) {
                out[at++] = '#';
                pseudonymiser.ofPersonId(line, sourceFrom, sourceTo, from, to, out, at);
                return at + Pseudonymiser.KEY_HEX_DIGITS;
            }
            String sourceSystem = source < 0 ? "" : new String(line, sourceFrom, sourceTo - sourceFrom, StandardCharsets.US_ASCII).strip();
            return ascii(pseudonymisePersonId(sourceSystem, new String(line, from, to - from, StandardCharsets.US_ASCII), pseudonymiser),
                    out, at);
        }

        /** Neither starts nor ends with a space or control character, so {@link String#strip} would leave it as it is. */
        private static boolean unpadded(byte[] line, int from, int to) {
            return line[from] > ' ' && line[to - 1] > ' ';
        }

        /** A replacement made by the text path (ASCII: a hash, a reason, or nothing). */
        private static int ascii(String text, byte[] out, int at) {
            for (int i = 0; i < text.length(); i++) {
                out[at++] = (byte) text.charAt(i);
            }
            return at;
        }
    }

    private static List<String> stageFields(List<String> fields, ImportHeader header, Pseudonymiser pseudonymiser) {
        int nhs = header.indexOf(NHS_NUMBER);
        if (nhs >= 0 && nhs < fields.size()) {
            fields.set(nhs, pseudonymiseNhsNumber(fields.get(nhs), pseudonymiser));
        }
        int person = header.indexOf(PERSON_ID);
        if (person >= 0 && person < fields.size()) {
            int source = header.indexOf("source_system");
            String sourceSystem = source >= 0 && source < fields.size() ? fields.get(source).strip() : "";
            fields.set(person, pseudonymisePersonId(sourceSystem, fields.get(person), pseudonymiser));
        }
        return fields;
    }

    private static String pseudonymiseNhsNumber(String raw, Pseudonymiser pseudonymiser) {
        if (raw.isBlank()) {
            return "";
        }
        String digits = NhsNumber.digits(raw.strip());
        if (digits == null) {
            return "!is not ten digits";
        }
        if (!NhsNumber.checkDigitValid(digits)) {
            return "!fails the modulus 11 check";
        }
        return "#" + pseudonymiser.ofNhsNumber(digits);
    }

    private static String pseudonymisePersonId(String sourceSystem, String raw, Pseudonymiser pseudonymiser) {
        String id = raw.strip();
        if (id.isEmpty()) {
            return "";
        }
        if (id.length() > MAX_PERSON_ID) {
            return "!is longer than " + MAX_PERSON_ID + " characters";
        }
        return "#" + pseudonymiser.ofPersonId(sourceSystem, id);
    }
}
