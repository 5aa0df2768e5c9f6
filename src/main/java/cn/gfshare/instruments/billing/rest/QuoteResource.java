package cn.gfshare.instruments.billing.rest;

import cn.gfshare.instruments.billing.Quotes;
import cn.gfshare.instruments.billing.Quotes.QuoteRequest;
import cn.gfshare.instruments.billing.Quotes.QuoteView;
import cn.gfshare.instruments.security.CallerResolver;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/quotes")
@Tag(name = "Billing")
@Authenticated
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class QuoteResource {

  @Inject Quotes quotes;
  @Inject CallerResolver callers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createQuote",
      summary = "Price a prospective booking at the caller's tier",
      description =
          "The same pricing function as the charge on completion: a booking used exactly as booked"
              + " is charged exactly this total. Nothing is stored. 422 no-rate-card when the"
              + " resource has no price for the caller's tier.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "quote",
                      value =
                          """
      {"instrumentId": 42, "start": "2026-03-02T09:00:00+08:00", "end": "2026-03-02T11:00:00+08:00",
       "sampleCount": 4, "operatorAssisted": true}""")))
  public QuoteView quote(@Valid @NotNull QuoteRequest body) {
    return quotes.quote(callers.caller(), body);
  }
}
