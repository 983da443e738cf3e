package uk.commissioning.evidence.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.commissioning.evidence.entity.FileType;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

class FileTypesTest {

    @Test
    void recognisesEachAcceptedTypeFromItsBytes() throws Exception {
        assertEquals(FileType.PDF, FileTypes.detect(EvidenceSamples.pdf()));
        assertEquals(FileType.PNG, FileTypes.detect(EvidenceSamples.image("png")));
        assertEquals(FileType.JPEG, FileTypes.detect(EvidenceSamples.image("jpg")));
        assertEquals(FileType.XLSX, FileTypes.detect(EvidenceSamples.xlsx()));
        assertEquals(FileType.CSV, FileTypes.detect(EvidenceSamples.csv()));
    }

    @Test
    void acceptsSemicolonAndTabSeparatedFilesWithABom() {
        assertEquals(FileType.CSV, FileTypes.detect("\uFEFFa;b\n1;2\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(FileType.CSV, FileTypes.detect("a\tb\tc\n1\t2\t3".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesARenamedProgramSayingWhatItIs() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> FileTypes.detect(EvidenceSamples.exe()));
        assertEquals(Reason.UNSUPPORTED_FILE_TYPE, refused.reason());
        assertTrue(refused.getMessage().startsWith("the file is a Windows program"), refused.getMessage());
    }

    @Test
    void refusesAnHtmlPageEvenWithCommasInIt() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> FileTypes.detect(EvidenceSamples.html()));
        assertTrue(refused.getMessage().contains("an HTML page"), refused.getMessage());
    }

    @Test
    void refusesAZipThatIsNotAWorkbook() throws Exception {
        assertTrue(assertThrows(RuleViolation.class, () -> FileTypes.detect(EvidenceSamples.docx())).getMessage()
                .contains("a Word document"));
        assertTrue(assertThrows(RuleViolation.class, () -> FileTypes.detect(EvidenceSamples.zip("a.txt", "xl.txt")))
                .getMessage().contains("a ZIP archive"));
    }

    @Test
    void refusesTextWhoseLinesDoNotSplitAlike() {
        assertThrows(RuleViolation.class, () -> FileTypes.detect("a,b,c\n1,2\n".getBytes(StandardCharsets.UTF_8)));
        assertThrows(RuleViolation.class, () -> FileTypes.detect("just a note\nno columns\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesTextWithNulsOrBrokenUtf8() {
        assertThrows(RuleViolation.class, () -> FileTypes.detect("a,b\n1,\0\n".getBytes(StandardCharsets.UTF_8)));
        assertThrows(RuleViolation.class, () -> FileTypes.detect(new byte[] {'a', ',', 'b', '\n', (byte) 0xC3, ',', '1'}));
    }

    @Test
    void aPdfSignatureAloneIsAPdfButAPdfHeaderAfterOtherBytesIsNot() {
        assertEquals(FileType.PDF, FileTypes.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertThrows(RuleViolation.class, () -> FileTypes.detect(("MZ%PDF-1.7").getBytes(StandardCharsets.US_ASCII)));
    }
}
