package cn.gfshare.instruments.catalog.rest;

import cn.gfshare.instruments.catalog.InstitutionService;
import cn.gfshare.instruments.catalog.dto.InstitutionRequest;
import cn.gfshare.instruments.catalog.dto.InstitutionView;
import cn.gfshare.instruments.common.PageResult;
import cn.gfshare.instruments.common.QueryParams;
import cn.gfshare.instruments.security.InstitutionType;
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

@Path("/api/v1/institutions")
@Tag(
    name = "Institutions",
    description =
        "Universities, institutes, provincial labs, enterprises and hospitals of both cities")
@Produces(MediaType.APPLICATION_JSON)
public class InstitutionResource {

  @Inject InstitutionService institutions;

  @GET
  @Operation(
      operationId = "listInstitutions",
      summary = "List institutions",
      description = "Public; ordered by city and code.")
  @APIResponse(responseCode = "200", description = "A page of institutions")
  public PageResult<InstitutionView> list(
      @Parameter(description = "City code (GZ, FS …)") @QueryParam("city") String city,
      @Parameter(schema = @Schema(implementation = InstitutionType.class)) @QueryParam("type")
          String type,
      @Parameter(description = "Text in the code or the Chinese or English name") @QueryParam("q")
          String q,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size) {
    return institutions.list(
        QueryParams.text(city),
        QueryParams.text(type),
        QueryParams.text(q),
        QueryParams.page(page, size));
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getInstitution",
      summary = "One institution, with its lab and instrument counts",
      description = "Public; ETag; If-None-Match → 304.")
  public RestResponse<InstitutionView> get(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    InstitutionView v = institutions.get(id);
    return Responses.tagged(v, v.version(), ifNoneMatch);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @SecurityRequirement(name = "SecurityScheme")
  @Operation(operationId = "createInstitution", summary = "Register an institution")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InstitutionRequest.class),
              examples = @ExampleObject(name = "hospital", value = Examples.INSTITUTION_REQUEST)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InstitutionView.class)))
  @APIResponse(responseCode = "409", description = "The code is taken")
  public RestResponse<InstitutionView> create(@Valid @NotNull InstitutionRequest body) {
    InstitutionView v = institutions.create(body);
    return Responses.created("/api/v1/institutions/" + v.id(), v, v.version());
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @SecurityRequirement(name = "SecurityScheme")
  @Operation(
      operationId = "updateInstitution",
      summary = "Replace an institution's description",
      description =
          "Requires If-Match (428 without, 412 when stale). A city change moves its labs' resources with it.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InstitutionRequest.class),
              examples = @ExampleObject(name = "hospital", value = Examples.INSTITUTION_REQUEST)))
  public RestResponse<InstitutionView> update(
      @PathParam("id") long id,
      @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull InstitutionRequest body) {
    InstitutionView v = institutions.update(id, ifMatch, body);
    return Responses.tagged(v, v.version());
  }
}
