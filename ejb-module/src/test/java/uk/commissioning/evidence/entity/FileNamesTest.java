package uk.commissioning.evidence.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void dropsFoldersAndCharactersThatCouldBreakAHeaderOrAPage() {
        assertEquals("report.pdf", FileNames.safe("C:\\Users\\joe\\report.pdf", FileType.PDF));
        assertEquals("evil__ x=_y_.pdf", FileNames.safe("../../evil\"; x=\"y\".pdf", FileType.PDF));
        assertEquals("a__b.csv", FileNames.safe("a\r\nb.csv", FileType.CSV));
    }

    @Test
    void anExtensionThatBeliesTheBytesGetsTheRightOneAdded() {
        assertEquals("invoice.exe.pdf", FileNames.safe("invoice.exe", FileType.PDF));
        assertEquals("photo.JPEG", FileNames.safe("photo.JPEG", FileType.JPEG));
        assertEquals("evidence.xlsx", FileNames.safe("  ...  ", FileType.XLSX));
    }

    @Test
    void aLongNameIsCutKeepingItsExtension() {
        String name = FileNames.safe("x".repeat(500) + ".pdf", FileType.PDF);
        assertEquals(FileNames.MAX_LENGTH, name.length());
        assertTrue(name.endsWith("x.pdf"));
    }

    @Test
    void theDispositionCarriesAnAsciiNameAndTheRealOne() {
        assertEquals("attachment; filename=\"Q3 r_sum_.pdf\"; filename*=UTF-8''Q3%20r%C3%A9sum%C3%A9.pdf",
                FileNames.contentDisposition("Q3 résumé.pdf"));
    }
}
