package uk.commissioning.evidence.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

class EvidenceReadTest {

    @Test
    void hashesWhatItReadsAsSha256Hex() {
        EvidenceStore.Received received = EvidenceStore.read(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)), 10);
        // FIPS 180-2's example for "abc".
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", received.sha256());
        assertArrayEquals("abc".getBytes(StandardCharsets.US_ASCII), received.bytes());
    }

    @Test
    void aFileOfExactlyTheLimitIsReadAndOneByteMoreIsRefusedWithoutReadingTheRest() {
        assertEquals(1024, EvidenceStore.read(new ByteArrayInputStream(new byte[1024]), 1024).bytes().length);
        CountingStream huge = new CountingStream(30L * 1024 * 1024);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> EvidenceStore.read(huge, 1024 * 1024));
        assertEquals(Reason.FILE_TOO_LARGE, refused.reason());
        assertEquals("the file is larger than the limit of 1 MB; attach a smaller file or split it", refused.getMessage());
        assertTrue(huge.read <= 1024 * 1024 + 1, "stopped at the limit, not after 30 MB: " + huge.read);
    }

    @Test
    void anEmptyUploadIsRefusedAsInput() {
        assertEquals(Reason.INVALID_INPUT, assertThrows(RuleViolation.class,
                () -> EvidenceStore.read(new ByteArrayInputStream(new byte[0]), 10)).reason());
    }

    @Test
    void theLimitReadsAsPeopleSayIt() {
        assertEquals("10 MB", EvidenceStore.megabytes(EvidenceStore.DEFAULT_MAX_BYTES));
        assertEquals("1.5 MB", EvidenceStore.megabytes(1536 * 1024));
    }

    /** An endless-looking upload of zeros that counts what was taken from it. */
    private static final class CountingStream extends InputStream {
        private final long size;
        long read;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return read++ < size ? 0 : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = (int) Math.min(len, size - read);
            if (n <= 0) {
                return -1;
            }
            read += n;
            return n;
        }
    }
}
