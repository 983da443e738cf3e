package uk.commissioning.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Social prescribing commissioning API", version = "1",
                description = "Funds, pooled budgets, decisions, transfers, allocations and the append-only ledger. "
                        + "Money is {\"amount\":\"20000.00\",\"currency\":\"GBP\"}; errors are RFC 9457 problem+json "
                        + "with the field at fault and, for rule violations, a machine-readable reason."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class CommissioningApi extends Application {
}
