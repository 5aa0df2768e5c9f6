package cn.gfshare.instruments.catalog.rest;

import cn.gfshare.instruments.catalog.InstrumentImportService;
import cn.gfshare.instruments.catalog.LabService;
import cn.gfshare.instruments.catalog.dto.ImportReport;
import cn.gfshare.instruments.catalog.dto.LabRequest;
import cn.gfshare.instruments.catalog.dto.LabView;
import cn.gfshare.instruments.catalog.dto.ManagersRequest;
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
import java.nio.charset.Charset;
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

@Path("/api/v1/labs")
@Tag(
    name = "Labs",
    description =
        "Labs and service platforms; reads are public, contact and managers for signed-in users")
@Produces(MediaType.APPLICATION_JSON)
public class LabResource {

  @Inject LabService labs;
  @Inject InstrumentImportService imports;
  @Inject CallerResolver callers;

  @GET
  @Operation(
      operationId = "listLabs",
      summary = "List labs",
      description = "Public; ordered by code. Contact and managers for signed-in callers.")
  @APIResponse(responseCode = "200", description = "A page of labs (as a signed-in caller sees it)")
  public PageResult<LabView> list(
      @Parameter(description = "Text in the code or the Chinese or English name") @QueryParam("q")
          String q,
      @Parameter(description = "City code (GZ, FS …)") @QueryParam("city") String city,
      @QueryParam("institutionId") String institutionId,
      @Parameter(
              description = "Only labs you manage (requires a token)",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("mine")
          String mine,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size) {
    return labs.list(
        QueryParams.text(q),
        QueryParams.text(city),
        QueryParams.id("institutionId", institutionId),
        Boolean.TRUE.equals(QueryParams.bool("mine", mine)),
        QueryParams.page(page, size),
        callers.caller());
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getLab",
      summary = "One lab, with its instrument and expert counts",
      description = "Public; ETag; If-None-Match → 304.")
  @APIResponse(
      responseCode = "200",
      description = "The lab",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LabView.class)))
  @APIResponse(responseCode = "404", description = "No such lab")
  public RestResponse<LabView> get(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    LabView v = labs.get(id, callers.caller());
    return Responses.tagged(v, v.version(), ifNoneMatch);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @SecurityRequirement(name = "SecurityScheme")
  @Operation(
      operationId = "createLab",
      summary = "Create a lab",
      description = "timeZone defaults to the institution's city zone.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LabRequest.class),
              examples = @ExampleObject(name = "lab", value = Examples.LAB_REQUEST)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LabView.class)))
  @APIResponse(responseCode = "409", description = "The code is taken")
  public RestResponse<LabView> create(@Valid @NotNull LabRequest body) {
    LabView v = labs.create(body, callers.caller());
    return Responses.created("/api/v1/labs/" + v.id(), v, v.version());
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.LAB_MANAGER})
  @SecurityRequirement(name = "SecurityScheme")
  @Operation(
      operationId = "updateLab",
      summary = "Replace a lab's description",
      description =
          "Platform admins, or the lab's own managers. Requires If-Match (428 without, 412 when stale). Code, institution and managers do not change here.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LabRequest.class),
              examples = @ExampleObject(name = "lab", value = Examples.LAB_REQUEST)))
  public RestResponse<LabView> update(
      @PathParam("id") long id,
      @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull LabRequest body) {
    LabView v = labs.update(id, ifMatch, body, callers.caller());
    return Responses.tagged(v, v.version());
  }

  @PUT
  @Path("{id}/managers")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @SecurityRequirement(name = "SecurityScheme")
  @Operation(
      operationId = "setLabManagers",
      summary = "Set who manages a lab",
      description = "Replaces the set of user names. If-Match is honoured when sent.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ManagersRequest.class),
              examples = @ExampleObject(name = "managers", value = Examples.MANAGERS_REQUEST)))
  public RestResponse<LabView> setManagers(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ManagersRequest body) {
    LabView v = labs.setManagers(id, ifMatch, body.usernames(), callers.caller());
    return Responses.tagged(v, v.version());
  }

  @POST
  @Path("{id}/instruments/import")
  @Consumes({"text/csv", "application/csv"})
  @RolesAllowed({Roles.LAB_MANAGER, Roles.PLATFORM_ADMIN})
  @SecurityRequirement(name = "SecurityScheme")
  @Operation(
      operationId = "importLabInstruments",
      summary = "Import the lab's instruments from CSV",
      description =
          "UTF-8 (a BOM is fine; another charset may be named in Content-Type), one header row, one instrument per row,"
              + " upserted by code. Columns: code, name_zh, name_en, category_code, value_cny (required); model,"
              + " manufacturer, acquisition_year, status, location, description, techniques (';'-separated),"
              + " sample_requirements, requires_approval, qualification_required, qualification_name, operator_assisted;"
              + " optionally a price list: {internal|same_city|cross_city|enterprise}_{per_hour|per_sample|per_operator_hour}"
              + " and rates_effective_from (default today). Common Chinese headers (仪器编号, 仪器名称, 原值 …) are understood."
              + " Without partial=true any bad row rejects the whole file (422 listing the bad rows) and nothing is written.")
  @RequestBody(
      content =
          @Content(
              mediaType = "text/csv",
              schema = @Schema(type = SchemaType.STRING),
              examples = @ExampleObject(name = "two instruments", value = Examples.CSV_IMPORT)))
  @APIResponse(
      responseCode = "200",
      description = "Per-row result",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportReport.class),
              examples = @ExampleObject(name = "report", value = Examples.IMPORT_REPORT)))
  @APIResponse(
      responseCode = "422",
      description = "Bad rows (nothing written), bad header, encoding or CSV syntax",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples = @ExampleObject(name = "bad rows", value = Examples.IMPORT_REJECTED)))
  public ImportReport importInstruments(
      @PathParam("id") long id,
      @Parameter(
              description = "Write the valid rows even when others are bad",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("partial")
          String partial,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      byte[] body) {
    boolean isPartial = Boolean.TRUE.equals(QueryParams.bool("partial", partial));
    String charset =
        contentType == null ? null : MediaType.valueOf(contentType).getParameters().get("charset");
    Charset cs = InstrumentImportService.charset(charset);
    return imports.importCsv(
        id, body == null ? new byte[0] : body, cs, isPartial, callers.caller());
  }

  @GET
  @Path("{id}/instruments/export.csv")
  @Produces("text/csv; charset=UTF-8")
  @Operation(
      operationId = "exportLabInstruments",
      summary = "The lab's instruments as CSV",
      description =
          "Public. Every status, in the import format with the prices in force today; UTF-8 with a BOM so spreadsheet programs read the Chinese names. Re-importing it changes nothing.")
  @APIResponse(
      responseCode = "200",
      description = "CSV",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  public RestResponse<String> exportInstruments(@PathParam("id") long id) {
    String csv = imports.exportCsv(id);
    return RestResponse.ResponseBuilder.ok(csv, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"lab-" + id + "-instruments.csv\"")
        .build();
  }
}
