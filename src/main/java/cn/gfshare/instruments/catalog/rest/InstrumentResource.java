package cn.gfshare.instruments.catalog.rest;

import cn.gfshare.instruments.catalog.InstrumentSearch;
import cn.gfshare.instruments.catalog.InstrumentService;
import cn.gfshare.instruments.catalog.RateCardService;
import cn.gfshare.instruments.catalog.ResourceKind;
import cn.gfshare.instruments.catalog.dto.InstrumentDetail;
import cn.gfshare.instruments.catalog.dto.InstrumentRequest;
import cn.gfshare.instruments.catalog.dto.InstrumentSummary;
import cn.gfshare.instruments.catalog.dto.RateCardRequest;
import cn.gfshare.instruments.catalog.dto.RateCardView;
import cn.gfshare.instruments.common.PageResult;
import cn.gfshare.instruments.common.QueryParams;
import cn.gfshare.instruments.security.CallerResolver;
import cn.gfshare.instruments.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/instruments")
@Tag(
    name = "Instruments",
    description = "Large scientific instruments of both cities; reads are public")
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentResource {

  @Inject InstrumentService instruments;
  @Inject RateCardService rateCards;
  @Inject CallerResolver callers;

  @GET
  @Operation(
      operationId = "searchInstruments",
      summary = "Search instruments",
      description =
          "Public. Without `status`, retired instruments are left out. All filters combine with AND.")
  @APIResponse(responseCode = "200", description = "A page of instruments")
  @APIResponse(
      responseCode = "422",
      description = "A malformed filter, sort or paging parameter (named under `violations`)")
  public PageResult<InstrumentSummary> search(
      @Parameter(
              description =
                  "Words that must all occur in the Chinese or English name, model, manufacturer or techniques")
          @QueryParam("q")
          String q,
      @Parameter(description = "City code (GZ, FS …)") @QueryParam("city") String city,
      @Parameter(description = "Category code; includes its sub-categories") @QueryParam("category")
          String category,
      @QueryParam("institutionId") String institutionId,
      @QueryParam("labId") String labId,
      @Parameter(
              description = "Original value ≥ 500,000 CNY",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("large")
          String large,
      @Parameter(
              description =
                  "ACTIVE, MAINTENANCE, RETIRED; repeat or comma-separate for several (default ACTIVE,MAINTENANCE)")
          @QueryParam("status")
          List<String> status,
      @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("operatorAssisted")
          String operatorAssisted,
      @Parameter(
              description = "Lowest original value in CNY",
              schema = @Schema(type = SchemaType.NUMBER))
          @QueryParam("minValue")
          String minValue,
      @Parameter(
              description = "Highest original value in CNY",
              schema = @Schema(type = SchemaType.NUMBER))
          @QueryParam("maxValue")
          String maxValue,
      @Parameter(
              description =
                  "name (default), -name, nameEn, value (ascending), -value (descending), newest",
              schema = @Schema(type = SchemaType.STRING))
          @QueryParam("sort")
          String sort,
      @Parameter(description = "0-based page", schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("page")
          String page,
      @Parameter(description = "1..200, default 20", schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("size")
          String size) {
    InstrumentSearch s =
        InstrumentSearch.parse(
            q,
            city,
            category,
            institutionId,
            labId,
            large,
            status,
            operatorAssisted,
            minValue,
            maxValue,
            sort);
    return instruments.search(s, QueryParams.page(page, size));
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getInstrument",
      summary = "One instrument",
      description =
          "Public; the lab's contact and your price tier only for signed-in callers. ETag from the version; If-None-Match → 304.")
  @APIResponse(
      responseCode = "200",
      description = "The instrument with rates in force today",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InstrumentDetail.class),
              examples = @ExampleObject(name = "instrument", value = Examples.INSTRUMENT_DETAIL)))
  @APIResponse(
      responseCode = "304",
      description = "Not modified since the ETag sent in If-None-Match")
  @APIResponse(responseCode = "404", description = "No such instrument")
  public RestResponse<InstrumentDetail> get(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    InstrumentDetail d = instruments.get(id, callers.caller());
    return Responses.tagged(d, d.version(), ifNoneMatch);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LAB_MANAGER, Roles.PLATFORM_ADMIN})
  @SecurityRequirement(name = "SecurityScheme")
  @Operation(
      operationId = "createInstrument",
      summary = "Publish an instrument in a lab you manage")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InstrumentRequest.class),
              examples = @ExampleObject(name = "instrument", value = Examples.INSTRUMENT_REQUEST)))
  @APIResponse(
      responseCode = "201",
      description = "Created; Location and ETag set",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InstrumentDetail.class)))
  @APIResponse(responseCode = "403", description = "Not a manager of that lab")
  @APIResponse(responseCode = "409", description = "The code is taken")
  @APIResponse(responseCode = "422", description = "Invalid fields, listed under `violations`")
  public RestResponse<InstrumentDetail> create(@Valid @NotNull InstrumentRequest body) {
    InstrumentDetail d = instruments.create(body, callers.caller());
    return Responses.created("/api/v1/instruments/" + d.id(), d, d.version());
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LAB_MANAGER, Roles.PLATFORM_ADMIN})
  @SecurityRequirement(name = "SecurityScheme")
  @Operation(
      operationId = "updateInstrument",
      summary = "Replace an instrument's description",
      description =
          "Requires If-Match with the current ETag: 428 without it, 412 when stale. Lab and code cannot change.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InstrumentRequest.class),
              examples = @ExampleObject(name = "instrument", value = Examples.INSTRUMENT_REQUEST)))
  @APIResponse(
      responseCode = "200",
      description = "Updated; new ETag",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InstrumentDetail.class)))
  @APIResponse(
      responseCode = "412",
      description = "If-Match is stale; `currentEtag` names the current one")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public RestResponse<InstrumentDetail> update(
      @PathParam("id") long id,
      @Parameter(description = "The ETag of the representation you changed", required = true)
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      @Valid @NotNull InstrumentRequest body) {
    InstrumentDetail d = instruments.update(id, ifMatch, body, callers.caller());
    return Responses.tagged(d, d.version());
  }

  @POST
  @Path("{id}/retire")
  @RolesAllowed({Roles.LAB_MANAGER, Roles.PLATFORM_ADMIN})
  @SecurityRequirement(name = "SecurityScheme")
  @Operation(
      operationId = "retireInstrument",
      summary = "Retire an instrument",
      description = "Idempotent. If-Match is honoured when sent.")
  public RestResponse<InstrumentDetail> retire(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    InstrumentDetail d = instruments.retire(id, ifMatch, callers.caller());
    return Responses.tagged(d, d.version());
  }

  @GET
  @Path("{id}/rate-cards")
  @Operation(
      operationId = "listInstrumentRateCards",
      summary = "Price history of an instrument",
      description = "Public; newest first; `inForce` marks today's cards.")
  @APIResponse(responseCode = "200", description = "Every card ever appended")
  public PageResult<RateCardView> rateCards(
      @PathParam("id") long id,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size) {
    return rateCards.history(
        id, ResourceKind.INSTRUMENT, QueryParams.page(page, size), callers.caller());
  }

  @POST
  @Path("{id}/rate-cards")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LAB_MANAGER, Roles.PLATFORM_ADMIN})
  @SecurityRequirement(name = "SecurityScheme")
  @Operation(
      operationId = "appendInstrumentRateCards",
      summary = "Append a price list to an instrument",
      description =
          "All four tiers at once; CROSS_CITY may not exceed SAME_CITY (equal access); effectiveFrom today or later once the"
              + " instrument has prices. Earlier cards are never changed. Moves the instrument's ETag.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RateCardRequest.class),
              examples = @ExampleObject(name = "price list", value = Examples.RATE_CARD_REQUEST)))
  @APIResponse(
      responseCode = "201",
      description = "The four new cards",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = RateCardView.class)))
  @APIResponse(responseCode = "409", description = "A price list starting that day exists")
  @APIResponse(responseCode = "422", description = "Invalid prices or a date in the past")
  public RestResponse<List<RateCardView>> appendRateCard(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull RateCardRequest body) {
    List<RateCardView> cards =
        rateCards.append(id, ResourceKind.INSTRUMENT, body, ifMatch, callers.caller());
    return RestResponse.status(RestResponse.Status.CREATED, cards);
  }
}
