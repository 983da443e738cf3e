package uk.commissioning.evidence.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Small real files of each kind, made here rather than checked in, so what a test feeds the detector is plain. */
public final class EvidenceSamples {

    private EvidenceSamples() {
    }

    public static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** The smallest shape of an .xlsx: a ZIP with [Content_Types].xml and a workbook under xl/. */
    public static byte[] xlsx() throws IOException {
        return zip("[Content_Types].xml", "xl/workbook.xml");
    }

    public static byte[] docx() throws IOException {
        return zip("[Content_Types].xml", "word/document.xml");
    }

    public static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    public static byte[] csv() {
        return ("quarter,referrals,amount\n2019-20-Q3,41,\"12,300.00\"\n2019-20-Q4,38,11400.00\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The first bytes of a Windows program: "MZ", then a DOS stub. */
    public static byte[] exe() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        System.arraycopy("This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII), 0, bytes, 78, 39);
        return bytes;
    }

    public static byte[] html() {
        return "<!DOCTYPE html>\n<html><body><script>alert(1)</script>a,b,c</body></html>\n".getBytes(StandardCharsets.UTF_8);
    }
}
