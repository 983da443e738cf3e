package uk.commissioning.contracts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.contracts.boundary.ContractsJson.ServiceJson;
import uk.commissioning.contracts.control.Services;
import uk.commissioning.contracts.entity.CapacityUnit;
import uk.commissioning.contracts.entity.ServiceStatus;
import uk.commissioning.contracts.entity.ServiceTerms;
import uk.commissioning.contracts.entity.VcseService;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.money.Money;
import uk.commissioning.platform.web.RequestFields;

@Path("services")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Services", description = "The directory of VCSE services that matching uses")
public class ServicesResource {

    @Inject
    Services services;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The service directory; filter by need category, area (ward E05… or borough E09…), provider, status")
    public List<ServiceJson> search(@QueryParam("need") String need, @QueryParam("area") String area,
                                    @QueryParam("providerId") Long providerId, @QueryParam("status") String status) {
        caller.viewer();
        RequestFields query = RequestFields.forQuery();
        ServiceStatus s = query.constant("status", status, ServiceStatus.class);
        query.validate();
        return services.search(need, area, providerId, s).stream().map(ServiceJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One service")
    public ServiceJson one(@PathParam("id") Long id) {
        caller.viewer();
        return ServiceJson.of(services.get(id));
    }

    @POST
    @Operation(summary = "Add a service to the directory (the provider's finance lead, a commissioner or an administrator)")
    public Response create(JsonObject body) {
        RequestFields fields = RequestFields.of(body);
        Long providerId = fields.id("providerId", true);
        ServiceTerms terms = terms(fields);
        fields.validate();
        VcseService service = services.create(providerId, terms, caller.viewer());
        return Response.created(URI.create("/api/services/" + service.id())).entity(ServiceJson.of(service)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a service's details; send the version you read (a stale one is refused with 409)")
    public ServiceJson update(@PathParam("id") Long id, JsonObject body) {
        RequestFields fields = RequestFields.of(body);
        Integer version = fields.integer("version", false);
        ServiceTerms terms = terms(fields);
        fields.validate();
        return ServiceJson.of(services.update(id, terms, version, caller.viewer()));
    }

    private static ServiceTerms terms(RequestFields fields) {
        String name = fields.text("name", 200, true);
        String description = fields.text("description", 2000, false);
        List<String> needCodes = fields.strings("needs", 40);
        if (needCodes.isEmpty() && !fields.has("needs")) {
            fields.reject("needs", "is required: at least one need category code");
        }
        List<String> areas = fields.strings("areas", 9);
        if (areas.isEmpty() && !fields.has("areas")) {
            fields.reject("areas", "is required: at least one ward (E05…) or borough (E09…) code");
        }
        CapacityUnit unit = fields.enumeration("capacityUnit", CapacityUnit.class, true);
        Integer capacity = fields.integer("capacityPerQuarter", true);
        if (capacity != null && capacity < 0) {
            capacity = fields.reject("capacityPerQuarter", "must not be negative");
        }
        Money unitCost = ContractRequests.nonNegative(fields, "unitCost");
        Integer minAge = fields.integer("minAge", false);
        Integer maxAge = fields.integer("maxAge", false);
        if (minAge != null && (minAge < 0 || minAge > 120)) {
            minAge = fields.reject("minAge", "must be between 0 and 120");
        }
        if (maxAge != null && (maxAge < 0 || maxAge > 120)) {
            maxAge = fields.reject("maxAge", "must be between 0 and 120");
        }
        if (minAge != null && maxAge != null && maxAge < minAge) {
            fields.reject("maxAge", "is below minAge");
        }
        String eligibility = fields.text("eligibility", 1000, false);
        String contactName = fields.text("contactName", 200, false);
        String contactEmail = fields.text("contactEmail", 200, false);
        if (contactEmail != null && !contactEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            contactEmail = fields.reject("contactEmail", "is not an email address");
        }
        String contactPhone = fields.text("contactPhone", 40, false);
        ServiceStatus status = fields.enumeration("status", ServiceStatus.class, false);
        return new ServiceTerms(name, description, new LinkedHashSet<>(needCodes), new LinkedHashSet<>(areas), unit,
                capacity == null ? 0 : capacity, unitCost, minAge, maxAge, eligibility, contactName, contactEmail,
                contactPhone, status == null ? ServiceStatus.ACTIVE : status);
    }
}
