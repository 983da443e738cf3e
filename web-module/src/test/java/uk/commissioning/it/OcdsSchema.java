package uk.commissioning.it;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;

/**
 * The OCDS 1.1 release package schema (draft 4), copied from the standard into test resources; the release schema it
 * refers to by URL is served from the same folder, so validation never goes to the network.
 */
final class OcdsSchema {

    private static final String BASE = "https://standard.open-contracting.org/schema/1__1__5/";

    private static final JsonSchema RELEASE_PACKAGE = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                    builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE, "classpath:ocds-1.1/")))
            .getSchema(SchemaLocation.of(BASE + "release-package-schema.json"));

    private OcdsSchema() {
    }

    /** Every way the document breaks the schema; empty when it is a valid release package. */
    static List<String> violations(String releasePackageJson) {
        return RELEASE_PACKAGE.validate(releasePackageJson, InputFormat.JSON).stream()
                .map(ValidationMessage::toString).sorted().toList();
    }
}
