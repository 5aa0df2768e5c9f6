package cn.gfshare.instruments.availability.rest;

import cn.gfshare.instruments.availability.PlatformPolicyService;
import cn.gfshare.instruments.availability.PlatformPolicyService.PolicyRequest;
import cn.gfshare.instruments.availability.PlatformPolicyService.PolicyView;
import cn.gfshare.instruments.security.CallerResolver;
import cn.gfshare.instruments.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/platform-policy")
@Tag(
    name = "Administration",
    description = "Platform-wide settings and users' affiliations (platform admins)")
@RolesAllowed(Roles.PLATFORM_ADMIN)
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformPolicyResource {

  @Inject PlatformPolicyService service;
  @Inject CallerResolver callers;

  @GET
  @Operation(
      operationId = "getPlatformPolicy",
      summary = "Platform booking policy (equal access for both cities' users)")
  public PolicyView get() {
    return service.get();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "setPlatformPolicy",
      summary =
          "Switch equal access: on, users from the other city book like same-city external users;"
              + " off, labs' cross-city lead times and quotas apply")
  public PolicyView set(@Valid @NotNull PolicyRequest body) {
    return service.set(callers.caller(), body);
  }
}
