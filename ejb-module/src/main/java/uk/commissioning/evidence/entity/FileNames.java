package uk.commissioning.evidence.entity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * An uploaded file's name made safe to show on a page and to send back in a Content-Disposition header: no folders,
 * no control or reserved characters, no quotes to break out of the header, at most 200 characters, and an extension
 * that says what the bytes are (a PDF named report.exe is kept as report.exe.pdf).
 */
public final class FileNames {

    static final int MAX_LENGTH = 200;
    private static final String FALLBACK = "evidence";

    private FileNames() {
    }

    public static String safe(String uploaded, FileType type) {
        String name = uploaded == null ? "" : Normalizer.normalize(uploaded, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\"*:<>?|;%]", "_").replaceAll("\\s+", " ").strip();
        name = name.replaceAll("^[. ]+|[. ]+$", "");
        if (name.isEmpty()) {
            name = FALLBACK;
        }
        String extension = "." + type.extension();
        if (!type.hasExtension(name)) {
            name = name + extension;
        }
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String kept = name.substring(dot);
            name = name.substring(0, MAX_LENGTH - kept.length()) + kept;
        }
        return name;
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''…}: an ASCII stand-in for old clients, the real name for the rest. */
    public static String contentDisposition(String safeName) {
        String ascii = safeName.replaceAll("[^\\x20-\\x7E]", "_").replace('\\', '_');
        String encoded = URLEncoder.encode(safeName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
