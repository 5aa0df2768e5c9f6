package cn.gfshare.instruments.billing.rest;

import cn.gfshare.instruments.billing.StatementFiles;
import cn.gfshare.instruments.billing.Statements;
import cn.gfshare.instruments.billing.Statements.CreateStatementRequest;
import cn.gfshare.instruments.billing.Statements.StatementSummary;
import cn.gfshare.instruments.billing.Statements.StatementView;
import cn.gfshare.instruments.billing.Statements.VoidRequest;
import cn.gfshare.instruments.common.PageRequest;
import cn.gfshare.instruments.common.PageResult;
import cn.gfshare.instruments.security.CallerResolver;
import cn.gfshare.instruments.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/statements")
@Tag(name = "Billing")
@Authenticated
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class StatementResource {

  static final String CSV = "text/csv";

  @Inject Statements statements;
  @Inject CallerResolver callers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.FINANCE)
  @Operation(
      operationId = "createStatement",
      summary = "Create the DRAFT statement of an account for a month (finance)",
      description =
          "Takes every reviewed, undisputed line of the account posted before the month ends"
              + " (Asia/Shanghai) that is on no other live statement. 201 when created; 200 with the"
              + " month's live statement when it exists already (so two finance users, or a retried"
              + " job, get one statement).")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "month",
                      value =
                          """
      {"accountId": 7, "period": "2026-03"}""")))
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the statement",
      content = @Content(schema = @Schema(implementation = StatementView.class)))
  @APIResponse(
      responseCode = "200",
      description = "The month's live statement, which existed already",
      content = @Content(schema = @Schema(implementation = StatementView.class)))
  public Response create(@Valid @NotNull CreateStatementRequest body) {
    Statements.Created c = statements.create(callers.caller(), body);
    Response.ResponseBuilder b =
        c.created()
            ? Response.created(URI.create("/api/v1/statements/" + c.statement().id()))
            : Response.ok();
    return b.entity(c.statement()).type(MediaType.APPLICATION_JSON).build();
  }

  @GET
  @Operation(
      operationId = "listStatements",
      summary = "Statements the caller may see (finance all; a PI their accounts')")
  public PageResult<StatementSummary> list(
      @QueryParam("accountId") Long accountId,
      @QueryParam("period") String period,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return statements.list(callers.caller(), accountId, period, PageRequest.of(page, size));
  }

  @GET
  @Path("{id}")
  @Produces({MediaType.APPLICATION_JSON, CSV, StatementFiles.XLSX})
  @Operation(
      operationId = "getStatement",
      summary = "One statement: JSON, or CSV / XLSX by the Accept header",
      description =
          "Lines, totals per lab and tier, and the total. The files carry Chinese and English"
              + " headers and a total row equal to the sum of the lines.")
  @APIResponse(
      responseCode = "200",
      description = "The statement",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatementView.class)),
        @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
        @Content(
            mediaType = StatementFiles.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  public Response get(@PathParam("id") long id, @Context HttpHeaders headers) {
    StatementView v = statements.get(callers.caller(), id);
    MediaType want =
        headers.getAcceptableMediaTypes().stream()
            .filter(
                m ->
                    m.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                        || m.isCompatible(MediaType.valueOf(CSV))
                        || m.isCompatible(MediaType.valueOf(StatementFiles.XLSX)))
            .findFirst()
            .orElse(MediaType.APPLICATION_JSON_TYPE);
    if (!want.isWildcardType() && want.isCompatible(MediaType.valueOf(CSV))) {
      return csv(v);
    }
    if (!want.isWildcardType() && want.isCompatible(MediaType.valueOf(StatementFiles.XLSX))) {
      return xlsx(v);
    }
    return Response.ok(v, MediaType.APPLICATION_JSON_TYPE).build();
  }

  @GET
  @Path("{id}.csv")
  @Produces(CSV)
  @Operation(operationId = "getStatementCsv", summary = "One statement as CSV (UTF-8)")
  @APIResponse(
      responseCode = "200",
      description = "The statement as CSV",
      content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
  public Response getCsv(@PathParam("id") long id) {
    return csv(statements.get(callers.caller(), id));
  }

  @GET
  @Path("{id}.xlsx")
  @Produces(StatementFiles.XLSX)
  @Operation(operationId = "getStatementXlsx", summary = "One statement as an XLSX workbook")
  @APIResponse(
      responseCode = "200",
      description = "The statement as XLSX",
      content =
          @Content(
              mediaType = StatementFiles.XLSX,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response getXlsx(@PathParam("id") long id) {
    return xlsx(statements.get(callers.caller(), id));
  }

  @POST
  @Path("{id}/issue")
  @RolesAllowed(Roles.FINANCE)
  @Operation(
      operationId = "issueStatement",
      summary = "Issue a DRAFT statement (finance); issuing again returns it unchanged")
  public StatementView issue(@PathParam("id") long id) {
    return statements.issue(callers.caller(), id);
  }

  @POST
  @Path("{id}/pay")
  @RolesAllowed(Roles.FINANCE)
  @Operation(
      operationId = "payStatement",
      summary = "Record an ISSUED statement as PAID (finance); again returns it unchanged")
  public StatementView pay(@PathParam("id") long id) {
    return statements.pay(callers.caller(), id);
  }

  @POST
  @Path("{id}/void")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.FINANCE)
  @Operation(
      operationId = "voidStatement",
      summary = "Void a DRAFT or ISSUED statement (finance); its lines go to the reissue",
      description =
          "A statement is never edited: void it with a reason and create the month's statement"
              + " again. 409 for a PAID or VOID statement.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "void",
                      value =
                          """
      {"reason": "Issued before a correction was booked"}""")))
  public StatementView voidStatement(@PathParam("id") long id, @Valid @NotNull VoidRequest body) {
    return statements.voidStatement(callers.caller(), id, body);
  }

  private static Response csv(StatementView v) {
    return Response.ok(StatementFiles.csv(v), CSV + ";charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + StatementFiles.fileName(v, "csv") + "\"")
        .build();
  }

  private static Response xlsx(StatementView v) {
    return Response.ok(StatementFiles.xlsx(v), StatementFiles.XLSX)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + StatementFiles.fileName(v, "xlsx") + "\"")
        .build();
  }
}
