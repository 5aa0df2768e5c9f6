package cn.gfshare.instruments.billing.rest;

import cn.gfshare.instruments.billing.Ledger;
import cn.gfshare.instruments.billing.Ledger.ChargeCorrectionRequest;
import cn.gfshare.instruments.billing.Ledger.ChargeCorrectionView;
import cn.gfshare.instruments.billing.Ledger.ChargeView;
import cn.gfshare.instruments.billing.Ledger.DisputeRequest;
import cn.gfshare.instruments.billing.Ledger.ResolutionRequest;
import cn.gfshare.instruments.common.IsoTimes;
import cn.gfshare.instruments.common.PageRequest;
import cn.gfshare.instruments.common.PageResult;
import cn.gfshare.instruments.security.CallerResolver;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/charges")
@Tag(name = "Billing")
@Authenticated
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class ChargeResource {

  @Inject Ledger ledger;
  @Inject CallerResolver callers;

  @GET
  @Operation(
      operationId = "listCharges",
      summary = "Ledger lines in the caller's scope, newest first",
      description =
          "Finance (and platform admins) see every line; an account's PI its lines; a booker their"
              + " own lines; lab managers the lines of their labs (filter by labId for what a lab"
              + " earned; each line carries its tier and the booker's city). from/to filter by"
              + " posting time.")
  public PageResult<ChargeView> list(
      @QueryParam("accountId") Long accountId,
      @QueryParam("labId") Long labId,
      @QueryParam("reservationId") Long reservationId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    PageRequest paging = PageRequest.of(page, size);
    return ledger.list(
        callers.caller(),
        new Ledger.Filter(
            accountId,
            labId,
            reservationId,
            IsoTimes.instant("from", from),
            IsoTimes.instant("to", to)),
        paging);
  }

  @GET
  @Path("summary")
  @Operation(
      operationId = "summarizeCharges",
      summary = "Totals of the lines in the caller's scope per lab, tier and booker city",
      description =
          "What a lab earned, by tier and city (lab managers: their labs; finance: all). Reversals"
              + " and replacements count, so totals equal the ledger. from/to filter by posting time.")
  public Ledger.ChargeSummary summary(
      @QueryParam("accountId") Long accountId,
      @QueryParam("labId") Long labId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return ledger.summary(
        callers.caller(),
        new Ledger.Filter(
            accountId, labId, null, IsoTimes.instant("from", from), IsoTimes.instant("to", to)));
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getCharge",
      summary = "One ledger line with its formula (404 when it is not the caller's to see)")
  public ChargeView get(@PathParam("id") long id) {
    return ledger.get(callers.caller(), id);
  }

  @GET
  @Path("{id}/corrections")
  @Operation(
      operationId = "listChargeCorrections",
      summary = "The reversal and replacement entries written for a line")
  public List<ChargeView> corrections(@PathParam("id") long id) {
    return ledger.corrections(callers.caller(), id);
  }

  @POST
  @Path("{id}/corrections")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "correctCharge",
      summary = "Correct a line: a reversal plus a replacement (finance or a manager of its lab)",
      description =
          "Give a new amount (0.00 waives a fee), a new accountId (assigns an unassigned charge;"
              + " the booker must be a member) or both, and a reason of at least 10 characters."
              + " 409 charge-corrected when the line was corrected already (correct its"
              + " replacement), charge-disputed while a dispute is open.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "waive",
                      value =
                          """
      {"amount": "0.00", "reason": "Instrument fault, fee waived by the lab"}""")))
  @APIResponse(
      responseCode = "201",
      description = "The pair written; Location names the replacement",
      content = @Content(schema = @Schema(implementation = ChargeCorrectionView.class)))
  public Response correct(@PathParam("id") long id, @Valid @NotNull ChargeCorrectionRequest body) {
    ChargeCorrectionView v = ledger.correct(callers.caller(), id, body);
    return Response.created(URI.create("/api/v1/charges/" + v.replacement().id()))
        .entity(v)
        .type(MediaType.APPLICATION_JSON)
        .build();
  }

  @POST
  @Path("{id}/dispute")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "disputeCharge",
      summary = "Dispute a line within its review window (the booker or the account's PI), once",
      description =
          "A disputed line is held out of statements until a lab manager or finance resolves it."
              + " 409 already-disputed, review-window-closed or charge-not-disputable.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "dispute",
                      value =
                          """
      {"reason": "We checked out after 60 minutes, not 90"}""")))
  public ChargeView dispute(@PathParam("id") long id, @Valid @NotNull DisputeRequest body) {
    return ledger.dispute(callers.caller(), id, body);
  }

  @PUT
  @Path("{id}/dispute")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "resolveChargeDispute",
      summary = "Resolve an open dispute (a manager of the line's lab, or finance)",
      description =
          "ACCEPT with the amount that should be charged writes a correction pair; REJECT keeps the"
              + " line and records the reason. 409 dispute-resolved when it was resolved already.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "accept",
                      value =
                          """
      {"decision": "ACCEPT", "amount": "300.00", "reason": "Log book confirms 60 minutes of use"}""")))
  public ChargeView resolve(@PathParam("id") long id, @Valid @NotNull ResolutionRequest body) {
    return ledger.resolve(callers.caller(), id, body);
  }
}
