package uk.commissioning.it;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;

/**
 * The 360Giving package schema (JSON Schema 2020-12), copied from the standard into test resources. Its grants refer
 * to the grant schema by the 1.4.2 URL while the copy names itself 1.4.3; both are served from the local copy, so
 * validation never goes to the network.
 */
final class GivingSchema {

    private static final String STANDARD = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/";

    private static final JsonSchema PACKAGE = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                    builder -> builder.schemaMappers(mappers -> mappers
                            .mapPrefix(STANDARD + "1.4.2/schema/", "classpath:360giving/")
                            .mapPrefix(STANDARD + "1.4.3/schema/", "classpath:360giving/")))
            // 2020-12 makes "format" an annotation only; awardDate is oneOf date-time or date, which needs it asserted.
            .getSchema(SchemaLocation.of("classpath:360giving/360-giving-package-schema.json"),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    private GivingSchema() {
    }

    /** Every way the document breaks the schema; empty when it is a valid 360Giving package. */
    static List<String> violations(String packageJson) {
        return PACKAGE.validate(packageJson, InputFormat.JSON).stream()
                .map(ValidationMessage::toString).sorted().toList();
    }
}
