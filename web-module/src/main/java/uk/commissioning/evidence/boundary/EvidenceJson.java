package uk.commissioning.evidence.boundary;

import java.time.Instant;
import uk.commissioning.evidence.entity.EvidenceFile;

/** An evidence file's facts as the API shows them, with the address of its bytes. */
public record EvidenceJson(Long id, String fileName, String contentType, String type, long sizeBytes, String sha256,
                           String uploadedBy, Instant uploadedAt, String download) {

    public static EvidenceJson of(EvidenceFile f) {
        return new EvidenceJson(f.id(), f.fileName(), f.contentType(), f.type().name(), f.sizeBytes(), f.sha256(),
                f.uploadedBy(), f.uploadedAt(), "/api/evidence/" + f.id());
    }
}
