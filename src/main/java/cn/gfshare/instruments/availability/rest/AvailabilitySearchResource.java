package cn.gfshare.instruments.availability.rest;

import cn.gfshare.instruments.availability.AvailabilityService;
import cn.gfshare.instruments.availability.AvailabilityService.SearchHit;
import cn.gfshare.instruments.common.IsoTimes;
import cn.gfshare.instruments.common.PageRequest;
import cn.gfshare.instruments.common.PageResult;
import cn.gfshare.instruments.common.QueryParams;
import cn.gfshare.instruments.common.problem.RuleViolation;
import cn.gfshare.instruments.security.CallerResolver;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/availability/search")
@Tag(name = "Availability")
@Authenticated
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class AvailabilitySearchResource {

  @Inject AvailabilityService service;
  @Inject CallerResolver callers;

  @GET
  @Operation(
      operationId = "searchAvailableInstruments",
      summary = "Instruments free for a duration in a window, earliest first, across both cities",
      description =
          "category includes its sub-categories; city (GZ, FS) is optional. Each hit carries its earliest"
              + " fitting slot for the caller (lead time and horizon applied), the caller's price tier and a price"
              + " estimate for the duration. from defaults to now, to to from + 7 days; at most 31 days.")
  public PageResult<SearchHit> search(
      @QueryParam("category") String category,
      @QueryParam("city") String city,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("durationMinutes") String durationMinutes,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Integer minutes = QueryParams.asciiInt(durationMinutes == null ? null : durationMinutes.trim());
    if (minutes == null) {
      throw new RuleViolation("duration", "durationMinutes is required: a whole number of minutes");
    }
    return service.search(
        callers.caller(),
        category,
        city,
        IsoTimes.instant("from", from),
        IsoTimes.instant("to", to),
        minutes,
        PageRequest.of(page, size));
  }
}
