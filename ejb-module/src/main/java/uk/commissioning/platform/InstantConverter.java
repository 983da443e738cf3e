package uk.commissioning.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * EclipseLink 4.0 (bundled with Payara 6) serialises {@link Instant} as bytes instead of mapping it to a timestamp;
 * this maps it to {@code DATETIME(6)} explicitly. Timestamps are written in the JVM's zone, which is UTC on servers.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
