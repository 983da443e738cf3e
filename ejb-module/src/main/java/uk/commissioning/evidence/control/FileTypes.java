package uk.commissioning.evidence.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.commissioning.evidence.entity.FileType;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * What a file is, from its bytes alone: the name and the Content-Type an upload arrives with are the sender's claim,
 * and an .exe renamed .pdf must not be served back as a PDF. A workbook is recognised from the ZIP's central
 * directory (its entry names), never by inflating entries, so a ZIP bomb costs nothing to refuse.
 */
public final class FileTypes {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String DELIMITERS = ",;\t|";
    private static final int CSV_LINES_CHECKED = 5;

    private FileTypes() {
    }

    /** The evidence type these bytes are, or UNSUPPORTED_FILE_TYPE naming what they look like instead. */
    public static FileType detect(byte[] bytes) {
        return recognise(bytes).orElseThrow(() -> new RuleViolation(Reason.UNSUPPORTED_FILE_TYPE, "file",
                "the file is " + whatItIs(bytes) + "; attach a PDF, a PNG or JPEG image, a CSV file or an Excel workbook (.xlsx)"));
    }

    static Optional<FileType> recognise(byte[] bytes) {
        if (startsWith(bytes, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(bytes, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(bytes, ZIP)) {
            List<String> names = zipEntryNames(bytes);
            return names.contains("[Content_Types].xml") && names.stream().anyMatch(n -> n.startsWith("xl/"))
                    ? Optional.of(FileType.XLSX) : Optional.empty();
        }
        return isCsv(bytes) ? Optional.of(FileType.CSV) : Optional.empty();
    }

    /** In words, for a refusal: what the bytes look like when they are none of the accepted types. */
    static String whatItIs(byte[] bytes) {
        if (bytes.length >= 2 && bytes[0] == 'M' && bytes[1] == 'Z') {
            return "a Windows program (.exe or .dll)";
        }
        if (bytes.length >= 4 && bytes[0] == 0x7F && bytes[1] == 'E' && bytes[2] == 'L' && bytes[3] == 'F') {
            return "a Linux program";
        }
        if (startsWith(bytes, "GIF8".getBytes(StandardCharsets.US_ASCII))) {
            return "a GIF image";
        }
        if (startsWith(bytes, ZIP)) {
            List<String> names = zipEntryNames(bytes);
            if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
                return "a Word document";
            }
            if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
                return "a PowerPoint presentation";
            }
            return "a ZIP archive, not an Excel workbook";
        }
        Optional<String> text = utf8(bytes);
        if (text.isEmpty()) {
            return "binary data of an unknown kind";
        }
        String start = text.get().stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<script")) {
            return "an HTML page";
        }
        if (start.startsWith("<")) {
            return "XML or another markup";
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            return "JSON or plain text";
        }
        return "text, but not a CSV file (no delimiter used the same way on its first lines)";
    }

    /**
     * Valid UTF-8 without NUL characters whose first lines all split into the same number of columns, at least two,
     * on one of comma, semicolon, tab or bar (quoted delimiters do not count).
     */
    static boolean isCsv(byte[] bytes) {
        Optional<String> text = utf8(bytes);
        if (text.isEmpty() || text.get().indexOf('\0') >= 0) {
            return false;
        }
        String body = text.get();
        if (body.stripLeading().startsWith("<")) {
            return false;
        }
        List<String> lines = new ArrayList<>();
        for (String line : body.split("\r\n|\n|\r")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
            if (lines.size() == CSV_LINES_CHECKED + 1) {
                break;
            }
        }
        // The last line read may be cut short by the limit on lines; it is only checked when the file ends there.
        if (lines.size() > CSV_LINES_CHECKED) {
            lines.remove(lines.size() - 1);
        }
        if (lines.isEmpty()) {
            return false;
        }
        for (char delimiter : DELIMITERS.toCharArray()) {
            int columns = delimitersOutsideQuotes(lines.get(0), delimiter);
            if (columns > 0 && lines.stream().allMatch(l -> delimitersOutsideQuotes(l, delimiter) == columns)) {
                return true;
            }
        }
        return false;
    }

    private static int delimitersOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }

    private static Optional<String> utf8(byte[] bytes) {
        int from = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * The entry names in a ZIP's central directory, found through the end-of-central-directory record at the end of
     * the file; empty when the structure is not a well-formed ZIP.
     */
    static List<String> zipEntryNames(byte[] bytes) {
        List<String> names = new ArrayList<>();
        int end = -1;
        // The end record is 22 bytes plus a comment of at most 65,535.
        for (int i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
            if (int32(bytes, i) == 0x06054b50) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return names;
        }
        int entries = int16(bytes, end + 10);
        long offset = int32(bytes, end + 16) & 0xFFFFFFFFL;
        int at = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int n = 0; n < entries; n++) {
            if (at < 0 || at + 46 > bytes.length || int32(bytes, at) != 0x02014b50) {
                return List.of();
            }
            int nameLength = int16(bytes, at + 28);
            int extraLength = int16(bytes, at + 30);
            int commentLength = int16(bytes, at + 32);
            if (at + 46 + nameLength > bytes.length) {
                return List.of();
            }
            names.add(new String(bytes, at + 46, nameLength, StandardCharsets.UTF_8));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static int int16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
