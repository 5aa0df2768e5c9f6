package cn.gfshare.instruments.demo.rest;

import cn.gfshare.instruments.common.GfConfig;
import cn.gfshare.instruments.common.QueryParams;
import cn.gfshare.instruments.common.problem.ForbiddenProblem;
import cn.gfshare.instruments.demo.ScaleDataGenerator;
import cn.gfshare.instruments.security.Roles;
import io.quarkus.resteasy.reactive.server.EndpointDisabled;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Benchmark-only. Switched off, it does not exist: no route, and no path in /q/openapi, which is
 * the contract partners see (openapi/openapi.yaml is that view). The switch stays a runtime
 * setting, so the packaged jar can still turn it on.
 */
@Path("/api/v1/admin/scale-data")
@EndpointDisabled(name = "gf.scale-data.enabled", stringValue = "false", disableIfMissing = true)
@Tag(name = "Administration")
@RolesAllowed(Roles.PLATFORM_ADMIN)
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class ScaleDataResource {

  static final int MAX = 100_000;

  @Inject ScaleDataGenerator generator;
  @Inject GfConfig config;

  @POST
  @Operation(
      operationId = "generateScaleData",
      summary = "Generate a synthetic catalog for benchmarks",
      description =
          "Tops the SCALE-* catalog up to the given number of instruments (labs of 50, an expert per 7 instruments, price"
              + " lists). Deterministic and repeatable. Only when gf.scale-data.enabled is true.")
  @APIResponse(
      responseCode = "200",
      description = "What exists now",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "10k",
                      value =
                          "{\"instruments\":10000,\"labs\":200,\"experts\":1429,\"created\":10000,\"millis\":14210}")))
  @APIResponse(responseCode = "403", description = "Disabled in this deployment")
  public ScaleDataGenerator.Result generate(
      @Parameter(
              description = "Target number of scale instruments (1..100000, default 10000)",
              schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("instruments")
          String instruments) {
    // @EndpointDisabled compares the raw text with "false"; a value such as "FALSE" or "0" leaves
    // the route in place though the setting reads as off
    if (!config.scaleData().enabled()) {
      throw new ForbiddenProblem(
          "scale-data-disabled", "Scale data generation is off here (gf.scale-data.enabled=false)");
    }
    Integer n = QueryParams.integer("instruments", instruments);
    int target = n == null ? 10_000 : n;
    if (target < 1 || target > MAX) {
      throw QueryParams.invalid("instruments", "between 1 and " + MAX);
    }
    return generator.topUp(target);
  }
}
