package cn.gfshare.instruments.common.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The rules every operation of the contract follows, applied in one place so that an endpoint added
 * later gets them without anyone remembering (the linter test then holds the result to them):
 *
 * <ul>
 *   <li>every error is {@code application/problem+json} with the one {@code Problem} schema, and
 *       each operation declares the errors its kind can give: signed-in (401, 403), path id (404),
 *       body (400, 415, 422), query parameters (422), If-Match (412, and 428 where required), and
 *       for all of them 429 and 503;
 *   <li>public operations say so with {@code security: []};
 *   <li>the parameter vocabulary is typed the same everywhere ({@code from}/{@code to} are
 *       date-times, or dates for dated exceptions; ids are int64; {@code status} filters reference
 *       their enum), because the resources read them as strings to answer bad values with a 422;
 *   <li>response headers the service sends (Location, ETag, Retry-After, X-Correlation-Id).
 * </ul>
 */
public class ContractFilter implements OASFilter {

  static final String PROBLEM_JSON = "application/problem+json";
  private static final String PROBLEM = "Problem";

  /** Operations answering with the entity's version as ETag (catalog single-item bodies). */
  private static final Set<String> ETAG_OPERATIONS =
      Set.of(
          "getInstrument",
          "createInstrument",
          "updateInstrument",
          "retireInstrument",
          "getExpert",
          "createExpert",
          "updateExpert",
          "setExpertInstruments",
          "getLab",
          "createLab",
          "updateLab",
          "setLabManagers",
          "getInstitution",
          "createInstitution",
          "updateInstitution");

  /** 201s without a Location: appended rate cards have no address of their own. */
  private static final Set<String> CREATED_WITHOUT_LOCATION =
      Set.of("appendInstrumentRateCards", "appendExpertRateCards");

  /**
   * SmallRye reads annotation enum values that start with '-' as numbers (and warns at every
   * build), so the descending sort keys are declared here.
   */
  private static final Map<String, List<Object>> SORT_KEYS =
      Map.of("searchInstruments", List.of("name", "-name", "nameEn", "value", "-value", "newest"));

  private static final Pattern ACTION_PATH = Pattern.compile(".*/\\{id}/[a-z-]+");

  /** Status filters by the path they filter. */
  private static final Map<String, String> STATUS_ENUM_BY_PATH =
      Map.of(
          "/api/v1/instruments", "InstrumentStatus",
          "/api/v1/reservations", "ReservationStatus");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Components components = openAPI.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openAPI.setComponents(components);
    }
    addProblemSchema(components);
    addHeaders(components);
    addResponses(components);
    if (openAPI.getPaths() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations()
                    .forEach((method, operation) -> shape(path, method, operation)));
    rewriteProblemRefs(openAPI);
    if (components.getSchemas() != null) {
      components.getSchemas().values().forEach(ContractFilter::dropTypeBesideRef);
    }
    components.removeSchema("HttpProblem");
    components.removeSchema("HttpValidationProblem");
  }

  private void shape(String path, PathItem.HttpMethod method, Operation op) {
    boolean signedIn = op.getSecurity() != null && !op.getSecurity().isEmpty();
    if (!signedIn) {
      op.setSecurity(new ArrayList<>());
    }
    if (op.getResponses() == null) {
      op.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = op.getResponses();
    List<Parameter> params = op.getParameters() == null ? List.of() : op.getParameters();
    for (Parameter p : params) {
      typeParameter(path, op, p);
    }
    boolean hasQuery = params.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
    boolean hasPathId = params.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
    Parameter ifMatch =
        params.stream()
            .filter(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equals(p.getName()))
            .findFirst()
            .orElse(null);
    boolean hasBody = op.getRequestBody() != null;
    boolean idempotent =
        params.stream()
            .anyMatch(
                p -> p.getIn() == Parameter.In.HEADER && "Idempotency-Key".equals(p.getName()));

    if (signedIn) {
      ensure(responses, "401", "Unauthorized");
      ensure(responses, "403", "Forbidden");
    }
    if (hasPathId) {
      ensure(responses, "404", "NotFound");
    }
    APIResponse generic400 = responses.getAPIResponse("400");
    if (generic400 != null && generic400.getContent() == null) {
      // Quarkus's automatic "Bad Request" says nothing; the shared one says what and how
      responses.removeAPIResponse("400");
    }
    if (hasBody) {
      ensure(responses, "400", "BadRequest");
      ensure(responses, "415", "UnsupportedMediaType");
    }
    if (hasBody || hasQuery) {
      ensure(responses, "422", "UnprocessableContent");
    }
    if (ifMatch != null) {
      // whole-representation updates require it (ETags.require); actions honour it when sent
      boolean required = method == PathItem.HttpMethod.PUT && path.endsWith("{id}");
      ifMatch.setRequired(required ? Boolean.TRUE : null);
      ifMatch.setDescription(
          required
              ? "The ETag of the representation you changed (428 without it, 412 when stale)"
              : "Optional: the ETag you last read; 412 when it is stale");
      ensure(responses, "412", "PreconditionFailed");
      if (required) {
        ensure(responses, "428", "PreconditionRequired");
      } else {
        responses.removeAPIResponse("428");
      }
    }
    boolean addsSubResource = responses.hasAPIResponse("201") && hasBody;
    if (method == PathItem.HttpMethod.POST
        && ACTION_PATH.matcher(path).matches()
        && !addsSubResource) {
      // an action on one resource (approve, cancel, check-in, accept, retire, ...), unlike adding
      // a sub-resource from a body, depends on the resource's state and on rules of time
      ensure(responses, "409", "Conflict");
      ensure(responses, "422", "UnprocessableContent");
    }
    ensure(responses, "429", "TooManyRequests");
    ensure(responses, "503", "ServiceUnavailable");

    responses
        .getAPIResponses()
        .forEach(
            (code, r) -> {
              if (r.getRef() != null) {
                return;
              }
              if (code.startsWith("4") || code.startsWith("5")) {
                asProblem(r);
              }
              if (code.startsWith("2") || code.equals("304")) {
                r.addHeader("X-Correlation-Id", ref("X-Correlation-Id"));
                if (ETAG_OPERATIONS.contains(op.getOperationId())) {
                  r.addHeader("ETag", ref("ETag"));
                }
              }
              if (code.equals("201") && !CREATED_WITHOUT_LOCATION.contains(op.getOperationId())) {
                r.addHeader("Location", ref("Location"));
              }
              if (code.startsWith("2") && idempotent) {
                r.addHeader("Idempotent-Replayed", ref("Idempotent-Replayed"));
              }
            });
  }

  private void typeParameter(String path, Operation op, Parameter p) {
    String name = p.getName();
    if (p.getIn() == Parameter.In.QUERY || p.getIn() == Parameter.In.PATH) {
      switch (name) {
        case "from", "to" -> {
          boolean dates = path.contains("/exceptions");
          p.setSchema(string(dates ? "date" : "date-time"));
          if (p.getDescription() == null) {
            p.setDescription(
                dates
                    ? "ISO date (" + ("from".equals(name) ? "inclusive" : "exclusive") + ")"
                    : "RFC 3339 date-time with offset, e.g. 2026-03-02T09:00:00+08:00");
          }
        }
        case "date" -> p.setSchema(string("date"));
        case "institutionId", "labId", "instrumentId", "id", "blackoutId" ->
            p.setSchema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int64"));
        case "page" ->
            p.setSchema(
                OASFactory.createSchema()
                    .addType(SchemaType.INTEGER)
                    .format("int32")
                    .minimum(BigDecimal.ZERO)
                    .defaultValue(0));
        case "size" ->
            p.setSchema(
                OASFactory.createSchema()
                    .addType(SchemaType.INTEGER)
                    .format("int32")
                    .minimum(BigDecimal.ONE)
                    .maximum(BigDecimal.valueOf(200))
                    .defaultValue(20));
        case "durationMinutes" -> {
          p.setSchema(
              OASFactory.createSchema()
                  .addType(SchemaType.INTEGER)
                  .format("int32")
                  .minimum(BigDecimal.ONE));
          p.setRequired(true);
        }
        case "status" -> {
          String enumName = STATUS_ENUM_BY_PATH.get(path);
          if (enumName != null) {
            p.setSchema(
                OASFactory.createSchema()
                    .addType(SchemaType.ARRAY)
                    .items(OASFactory.createSchema().ref(enumName)));
          }
        }
        case "sort" -> {
          List<Object> keys = SORT_KEYS.get(op.getOperationId());
          if (keys != null) {
            p.setSchema(OASFactory.createSchema().addType(SchemaType.STRING).enumeration(keys));
          }
        }
        default -> {}
      }
    }
  }

  private static Schema string(String format) {
    return OASFactory.createSchema().addType(SchemaType.STRING).format(format);
  }

  private static Header ref(String name) {
    return OASFactory.createHeader().ref(name);
  }

  private static void ensure(APIResponses responses, String code, String componentName) {
    if (!responses.hasAPIResponse(code)) {
      responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(componentName));
    }
  }

  /** An error declared on the resource keeps its description and examples, as problem+json. */
  private static void asProblem(APIResponse r) {
    Content content = r.getContent();
    Content problem = OASFactory.createContent();
    MediaType mt = OASFactory.createMediaType();
    if (content != null && content.getMediaTypes() != null) {
      for (MediaType existing : content.getMediaTypes().values()) {
        if (existing.getExamples() != null) {
          existing.getExamples().forEach(mt::addExample);
        }
        if (existing.getExample() != null) {
          mt.setExample(existing.getExample());
        }
      }
    }
    mt.setSchema(OASFactory.createSchema().ref(PROBLEM));
    problem.addMediaType(PROBLEM_JSON, mt);
    r.setContent(problem);
    r.addHeader("X-Correlation-Id", ref("X-Correlation-Id"));
    if (r.getDescription() == null || r.getDescription().isBlank()) {
      r.setDescription("Problem details (RFC 9457)");
    }
  }

  private static void rewriteProblemRefs(OpenAPI openAPI) {
    // the problem extension's own schemas would give clients two problem types with fewer members
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    if (schemas == null) {
      return;
    }
    for (Schema s : schemas.values()) {
      retarget(s);
    }
  }

  private static void retarget(Schema s) {
    if (s == null) {
      return;
    }
    if (s.getRef() != null
        && (s.getRef().endsWith("/HttpProblem") || s.getRef().endsWith("/HttpValidationProblem"))) {
      s.setRef(PROBLEM);
    }
    if (s.getProperties() != null) {
      s.getProperties().values().forEach(ContractFilter::retarget);
    }
    retarget(s.getItems());
  }

  /**
   * A String field documented by an enum's schema gets both the $ref and "type: object" from the
   * scanner, which validators read as "must be an object"; the $ref alone is meant.
   */
  private static void dropTypeBesideRef(Schema s) {
    if (s.getProperties() == null) {
      return;
    }
    for (Schema p : s.getProperties().values()) {
      if (p.getRef() != null && p.getType() != null) {
        p.setType(null);
      }
    }
  }

  private static void addProblemSchema(Components c) {
    Schema violation =
        OASFactory.createSchema()
            .addType(SchemaType.OBJECT)
            .description("One failing input")
            .addProperty(
                "field",
                str("The failing field: a JSON path into the body, or the parameter's name"))
            .addProperty(
                "in",
                OASFactory.createSchema()
                    .addType(SchemaType.STRING)
                    .description("Where the field is")
                    .enumeration(List.of("body", "query", "path", "header", "form")))
            .addProperty("message", str("What is wrong with it"));
    c.addSchema("Violation", violation);

    Schema interval =
        OASFactory.createSchema()
            .addType(SchemaType.OBJECT)
            .description("The interval a booking clashes with")
            .addProperty("start", string("date-time"))
            .addProperty("end", string("date-time"))
            .addProperty(
                "heldUntil",
                string("date-time")
                    .description("When the slot is held for a waitlisted user: until when"));
    c.addSchema("ConflictingInterval", interval);

    Map<String, Schema> props = new LinkedHashMap<>();
    props.put(
        "type",
        string("uri")
            .description("Identifies the problem type")
            .examples(List.of("https://api.gf-instruments.cn/problems/slot-taken")));
    props.put("title", str("A short summary of the problem type"));
    props.put(
        "status",
        OASFactory.createSchema()
            .addType(SchemaType.INTEGER)
            .format("int32")
            .description("The HTTP status code"));
    props.put("detail", str("What went wrong this time, for people"));
    props.put(
        "instance", string("uri-reference").description("The request path this problem is about"));
    props.put(
        "rule",
        str(
            "422: the broken rule, for programs (e.g. lead-time, horizon, quota-day,"
                + " idempotency-key-reused, import-rows-invalid)"));
    props.put(
        "violations",
        OASFactory.createSchema()
            .addType(SchemaType.ARRAY)
            .items(OASFactory.createSchema().ref("Violation"))
            .description("422: each failing field or parameter"));
    props.put(
        "conflict",
        OASFactory.createSchema()
            .ref("ConflictingInterval")
            .description("409 slot-taken: the booked interval the request overlaps"));
    props.put(
        "bufferMinutes",
        OASFactory.createSchema()
            .addType(SchemaType.INTEGER)
            .format("int32")
            .description("409 slot-taken: the buffer the lab keeps around bookings"));
    props.put("currentEtag", str("412/428: the ETag of the current representation"));
    props.put("currentStatus", str("409: the status that does not allow the transition"));
    props.put(
        "allowed",
        OASFactory.createSchema()
            .addType(SchemaType.ARRAY)
            .items(OASFactory.createSchema().addType(SchemaType.STRING))
            .description("422: the values that would have been accepted"));
    props.put(
        "retryAfterSeconds",
        OASFactory.createSchema()
            .addType(SchemaType.INTEGER)
            .format("int64")
            .description("429: seconds until the budget refills (also in Retry-After)"));
    props.put(
        "rowCount",
        OASFactory.createSchema()
            .addType(SchemaType.INTEGER)
            .format("int32")
            .description("CSV import 422: rows read"));
    props.put(
        "errorCount",
        OASFactory.createSchema()
            .addType(SchemaType.INTEGER)
            .format("int32")
            .description("CSV import 422: rows with errors"));
    props.put(
        "rows",
        OASFactory.createSchema()
            .addType(SchemaType.ARRAY)
            .items(OASFactory.createSchema().ref("RowResult"))
            .description("CSV import 422: the outcome of every row"));
    props.put("correlationId", str("The request's X-Correlation-Id, for support"));
    c.addSchema(
        PROBLEM,
        OASFactory.createSchema()
            .addType(SchemaType.OBJECT)
            .description(
                "RFC 9457 problem details. Members beyond type, title, status and detail appear"
                    + " when they apply; rule-specific members may be added, so read unknown"
                    + " members leniently.")
            .properties(props)
            .additionalPropertiesBoolean(Boolean.TRUE));
  }

  private static Schema str(String description) {
    return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
  }

  private static void addHeaders(Components c) {
    c.addHeader(
        "Location",
        OASFactory.createHeader()
            .description("The address of the created resource")
            .schema(string("uri-reference")));
    c.addHeader(
        "ETag",
        OASFactory.createHeader()
            .description(
                "The representation's version; send it back in If-Match to update, or in"
                    + " If-None-Match to revalidate")
            .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
    c.addHeader(
        "Retry-After",
        OASFactory.createHeader()
            .description("Seconds to wait before retrying")
            .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")));
    c.addHeader(
        "Idempotent-Replayed",
        OASFactory.createHeader()
            .description(
                "`true` when this is the stored answer to an earlier request with the same"
                    + " Idempotency-Key")
            .schema(OASFactory.createSchema().addType(SchemaType.BOOLEAN)));
    c.addHeader(
        "X-Correlation-Id",
        OASFactory.createHeader()
            .description(
                "The request's correlation id (yours when you sent a sane one); quote it to support")
            .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
  }

  private static void addResponses(Components c) {
    problem(c, "BadRequest", "The body is not valid JSON, or not of the expected shape", false);
    problem(c, "Unauthorized", "No bearer token, or an invalid or expired one", false);
    problem(
        c,
        "Forbidden",
        "Signed in, but the caller's roles or relation to the resource do not allow this",
        false);
    problem(c, "NotFound", "No such resource (or not the caller's to see)", false);
    problem(
        c,
        "Conflict",
        "The current state does not allow this (`currentStatus` names it), or the request clashes"
            + " with another (`conflict`)",
        false);
    problem(c, "PreconditionFailed", "If-Match is stale; `currentEtag` names the current", false);
    problem(
        c, "PreconditionRequired", "If-Match is missing; `currentEtag` names the current", false);
    problem(c, "UnsupportedMediaType", "The body is not sent as application/json", false);
    problem(
        c,
        "UnprocessableContent",
        "A malformed parameter or invalid field (listed under `violations`), or a broken rule"
            + " (`rule`)",
        false);
    problem(c, "TooManyRequests", "The caller's request budget is spent; see Retry-After", true);
    problem(
        c,
        "ServiceUnavailable",
        "The service cannot reach its database for now; retry later",
        true);
  }

  private static void problem(Components c, String name, String description, boolean retry) {
    APIResponse r =
        OASFactory.createAPIResponse()
            .description(description)
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        PROBLEM_JSON,
                        OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(PROBLEM))));
    r.addHeader("X-Correlation-Id", ref("X-Correlation-Id"));
    if (retry) {
      r.addHeader("Retry-After", ref("Retry-After"));
    }
    c.addResponse(name, r);
  }
}
