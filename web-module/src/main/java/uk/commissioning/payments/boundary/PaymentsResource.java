package uk.commissioning.payments.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.payments.boundary.PaymentsJson.TimelinessJson;
import uk.commissioning.payments.control.PaymentTimeliness;
import uk.commissioning.period.Quarter;
import uk.commissioning.platform.web.RequestFields;

@Path("payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "How quickly claims are decided and paid")
public class PaymentsResource {

    @Inject
    PaymentTimeliness timeliness;

    @Inject
    Caller caller;

    @GET
    @Path("timeliness")
    @Operation(summary = "Payment timeliness of the claims for a quarter (?quarter=2019-20-Q1, required) that the caller may "
            + "see: per claim days from submission to approval and to payment; per provider and per fund count, median, "
            + "mean, maximum days and % paid within 30 days")
    public TimelinessJson timeliness(@QueryParam("quarter") String quarter) {
        RequestFields query = RequestFields.forQuery();
        Quarter q = quarter == null ? query.reject("quarter", "is required, e.g. 2019-20-Q1")
                : query.parse("quarter", quarter, Quarter::parse, null);
        query.validate();
        return TimelinessJson.of(timeliness.forQuarter(q, caller.viewer()));
    }
}
