package cn.gfshare.instruments.catalog.rest;

import cn.gfshare.instruments.catalog.ExpertService;
import cn.gfshare.instruments.catalog.RateCardService;
import cn.gfshare.instruments.catalog.ResourceKind;
import cn.gfshare.instruments.catalog.dto.ExpertDetail;
import cn.gfshare.instruments.catalog.dto.ExpertRequest;
import cn.gfshare.instruments.catalog.dto.ExpertSummary;
import cn.gfshare.instruments.catalog.dto.InstrumentLinksRequest;
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

@Path("/api/v1/experts")
@Tag(
    name = "Experts",
    description =
        "The expert pool (专家库) of both cities; reads are public, contact details for signed-in users")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertResource {

  @Inject ExpertService experts;
  @Inject RateCardService rateCards;
  @Inject CallerResolver callers;

  @GET
  @Operation(
      operationId = "searchExperts",
      summary = "Search experts",
      description = "Public; email and phone only for signed-in callers.")
  @APIResponse(responseCode = "200", description = "A page of experts")
  @APIResponse(responseCode = "422", description = "A malformed filter or paging parameter")
  public PageResult<ExpertSummary> search(
      @Parameter(description = "Words that must all occur in the names, title or fields")
          @QueryParam("q")
          String q,
      @Parameter(description = "A field of expertise (substring, any case)") @QueryParam("field")
          String field,
      @Parameter(description = "A language code such as en or yue") @QueryParam("language")
          String language,
      @Parameter(description = "City code (GZ, FS …)") @QueryParam("city") String city,
      @QueryParam("institutionId") String institutionId,
      @QueryParam("labId") String labId,
      @Parameter(description = "Experts qualified on this instrument") @QueryParam("instrumentId")
          String instrumentId,
      @Parameter(
              description = "Only experts that do (or do not) take consultations",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("consultations")
          String consultations,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size) {
    var s =
        ExpertService.parse(
            q, field, language, city, institutionId, labId, instrumentId, consultations);
    return experts.search(s, QueryParams.page(page, size), callers.caller());
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getExpert",
      summary = "One expert",
      description = "Public; ETag from the version; If-None-Match → 304.")
  @APIResponse(
      responseCode = "200",
      description = "The expert with qualified instruments and consultation rates",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ExpertDetail.class),
              examples = @ExampleObject(name = "expert", value = Examples.EXPERT_DETAIL)))
  @APIResponse(responseCode = "404", description = "No such expert")
  public RestResponse<ExpertDetail> get(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    ExpertDetail d = experts.get(id, callers.caller());
    return Responses.tagged(d, d.version(), ifNoneMatch);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LAB_MANAGER, Roles.PLATFORM_ADMIN})
  @SecurityRequirement(name = "SecurityScheme")
  @Operation(
      operationId = "createExpert",
      summary = "Add an expert to a lab you manage",
      description = "instrumentIds must be instruments of labs you manage (platform admins: any).")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ExpertRequest.class),
              examples = @ExampleObject(name = "expert", value = Examples.EXPERT_REQUEST)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ExpertDetail.class)))
  public RestResponse<ExpertDetail> create(@Valid @NotNull ExpertRequest body) {
    ExpertDetail d = experts.create(body, callers.caller());
    return Responses.created("/api/v1/experts/" + d.id(), d, d.version());
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LAB_MANAGER, Roles.PLATFORM_ADMIN})
  @SecurityRequirement(name = "SecurityScheme")
  @Operation(
      operationId = "updateExpert",
      summary = "Replace an expert's description",
      description = "Requires If-Match (428 without, 412 when stale).")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ExpertRequest.class),
              examples = @ExampleObject(name = "expert", value = Examples.EXPERT_REQUEST)))
  public RestResponse<ExpertDetail> update(
      @PathParam("id") long id,
      @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ExpertRequest body) {
    ExpertDetail d = experts.update(id, ifMatch, body, callers.caller());
    return Responses.tagged(d, d.version());
  }

  @PUT
  @Path("{id}/instruments")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LAB_MANAGER, Roles.PLATFORM_ADMIN})
  @SecurityRequirement(name = "SecurityScheme")
  @Operation(
      operationId = "setExpertInstruments",
      summary = "Set the instruments an expert is qualified to operate",
      description =
          "Replaces the set. You must manage the expert's lab and the lab of every instrument added or removed.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InstrumentLinksRequest.class),
              examples = @ExampleObject(name = "links", value = "{\"instrumentIds\":[1042,1043]}")))
  public RestResponse<ExpertDetail> setInstruments(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull InstrumentLinksRequest body) {
    ExpertDetail d = experts.setInstruments(id, ifMatch, body.instrumentIds(), callers.caller());
    return Responses.tagged(d, d.version());
  }

  @GET
  @Path("{id}/rate-cards")
  @Operation(
      operationId = "listExpertRateCards",
      summary = "Consultation price history of an expert")
  @APIResponse(responseCode = "200", description = "Every card ever appended, newest first")
  public PageResult<RateCardView> rateCards(
      @PathParam("id") long id,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size) {
    return rateCards.history(
        id, ResourceKind.EXPERT, QueryParams.page(page, size), callers.caller());
  }

  @POST
  @Path("{id}/rate-cards")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LAB_MANAGER, Roles.PLATFORM_ADMIN})
  @SecurityRequirement(name = "SecurityScheme")
  @Operation(
      operationId = "appendExpertRateCards",
      summary = "Append a consultation price list to an expert",
      description = "Same rules as for instruments.")
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
  public RestResponse<List<RateCardView>> appendRateCard(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull RateCardRequest body) {
    List<RateCardView> cards =
        rateCards.append(id, ResourceKind.EXPERT, body, ifMatch, callers.caller());
    return RestResponse.status(RestResponse.Status.CREATED, cards);
  }
}
