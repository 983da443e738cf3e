package uk.commissioning.ledger.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.ledger.boundary.LedgerJson.EntryJson;
import uk.commissioning.ledger.control.Ledger;
import uk.commissioning.ledger.entity.JournalEntry;
import uk.commissioning.platform.web.RequestFields;

@Path("ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger", description = "Journal entries, reversals and the trial balance")
public class LedgerResource {

    @Inject
    Ledger ledger;

    @Inject
    Caller caller;

    public record ReverseEntry(@Schema(example = "2020-01-15") LocalDate valueDate, String reason) {
    }

    @GET
    @Path("entries/{id}")
    @Operation(summary = "One journal entry with its postings and, if reversed, the reversing entry; only if it touches a fund the caller can see")
    public EntryJson entry(@PathParam("id") Long id) {
        JournalEntry entry = ledger.entry(id, caller.viewer());
        return EntryJson.of(entry, ledger.reversalOf(id).map(JournalEntry::id).orElse(null), ledger.postingsOf(id));
    }

    @POST
    @Path("entries/{id}/reverse")
    @Operation(summary = "Correct an entry by a linked reversal dated in an open quarter, with a reason; the original is unchanged",
            description = "Only a commissioner who may move money in every fund the entry touches, or an administrator.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReverseEntry.class)))
    public Response reverse(@PathParam("id") Long id, JsonObject body) {
        Viewer viewer = caller.requireMoneyManager();
        RequestFields fields = RequestFields.of(body);
        LocalDate valueDate = fields.date("valueDate", true);
        String reason = fields.text("reason", 400, true);
        fields.validate();
        JournalEntry reversal = ledger.reverse(id, valueDate, reason, viewer);
        return Response.created(URI.create("/api/ledger/entries/" + reversal.id()))
                .entity(EntryJson.of(reversal, null, ledger.postingsOf(reversal.id()))).build();
    }

    @GET
    @Path("trial-balance")
    @Operation(summary = "Sum of all postings per currency: zero when double entry holds")
    public Map<String, BigDecimal> trialBalance() {
        caller.username();
        return ledger.trialBalance();
    }
}
