package cn.gfshare.instruments.catalog.rest;

import cn.gfshare.instruments.catalog.AffiliationService;
import cn.gfshare.instruments.catalog.AffiliationService.AffiliationView;
import cn.gfshare.instruments.common.PageRequest;
import cn.gfshare.instruments.common.PageResult;
import cn.gfshare.instruments.security.CallerResolver;
import cn.gfshare.instruments.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/affiliations")
@Tag(name = "Administration")
@RolesAllowed(Roles.PLATFORM_ADMIN)
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class AffiliationResource {

  public record AffiliationRequest(@NotBlank @Size(max = 32) String institutionCode) {}

  @Inject AffiliationService service;
  @Inject CallerResolver callers;

  @GET
  @Operation(operationId = "listAffiliations", summary = "Users' stored institution affiliations")
  public PageResult<AffiliationView> list(
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return service.list(PageRequest.of(page, size));
  }

  @PUT
  @Path("{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "setAffiliation", summary = "Set the institution a user belongs to")
  public AffiliationView set(
      @PathParam("username") @Size(max = 100) String username,
      @Valid @NotNull AffiliationRequest body) {
    return service.set(username, body.institutionCode(), callers.caller().username());
  }

  @DELETE
  @Path("{username}")
  @Operation(operationId = "deleteAffiliation", summary = "Forget a user's stored affiliation")
  public void remove(@PathParam("username") String username) {
    service.remove(username);
  }
}
