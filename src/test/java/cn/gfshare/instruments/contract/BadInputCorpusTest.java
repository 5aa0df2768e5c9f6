package cn.gfshare.instruments.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gfshare.instruments.support.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Malformed requests generated from the committed contract ({@code openapi/openapi.yaml}) for every
 * operation: wrong JSON types, nulls and missing required fields, over-long and control-character
 * strings, injection strings where a number, date or enum belongs, invalid enums and dates,
 * malformed, duplicate-key and trailing-garbage JSON, wrong Content-Type, non-ASCII digits in ids.
 * Each is sent with a platform admin's token (the widest access, so the input is what gets judged)
 * and must be answered with a 4xx problem+json carrying type, title and status, naming no Java
 * class, and leaving every table as it was.
 */
@QuarkusTest
class BadInputCorpusTest {

  /** An id no test creates: requests fail on their input, or at the latest on the lookup. */
  static final long MISSING = 987_654_321L;

  private static final Pattern JAVA_NAMES =
      Pattern.compile(
          "\\b(java|javax|jakarta|com\\.fasterxml|org\\.hibernate|org\\.apache|io\\.vertx|io\\.quarkus"
              + "|io\\.smallrye|cn\\.gfshare)\\.[a-z]|[A-Za-z]+(Exception|Error)\\b");

  private static final List<String> INJECTIONS =
      List.of(
          "' OR '1'='1",
          "1; DROP TABLE reservation; --",
          "<script>alert(1)</script>",
          "${jndi:ldap://example.invalid/a}",
          "../../etc/passwd",
          "{{7*7}}");

  @Inject DataSource dataSource;

  private final ObjectMapper json = new ObjectMapper();
  private final List<String> failures = new ArrayList<>();
  private final Map<String, Integer> perOperation = new TreeMap<>();
  private int sent;

  record Op(String method, String path, Map<String, Object> spec) {
    String key() {
      return method.toUpperCase() + " " + path;
    }
  }

  record Probe(String what, String url, String contentType, String body, String accept) {
    Probe(String what, String url, String contentType, String body) {
      this(what, url, contentType, body, null);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyMalformedRequestIsA4xxProblemAndChangesNothing() throws Exception {
    Map<String, Object> contract;
    try (InputStream in = Files.newInputStream(Path.of("openapi/openapi.yaml"))) {
      contract = new Yaml().load(in);
    }
    Map<String, Object> schemas =
        (Map<String, Object>) ((Map<String, Object>) contract.get("components")).get("schemas");
    List<Op> ops = new ArrayList<>();
    ((Map<String, Map<String, Object>>) contract.get("paths"))
        .forEach(
            (path, methods) ->
                methods.forEach(
                    (m, spec) -> {
                      if (Set.of("get", "post", "put", "delete", "patch").contains(m)) {
                        ops.add(new Op(m, path, (Map<String, Object>) spec));
                      }
                    }));

    String token = Tokens.admin();
    try (Connection db = dataSource.getConnection()) {
      List<String> tables = tables(db);
      String state = checksum(db, tables);
      for (Op op : ops) {
        for (Probe probe : probes(op, schemas)) {
          Response r = send(token, op, probe);
          sent++;
          perOperation.merge(op.key(), 1, Integer::sum);
          check(op, probe, r);
          String now = checksum(db, tables);
          if (!now.equals(state)) {
            failures.add(describe(op, probe, r) + " changed the database");
            state = now;
          }
        }
      }
    }
    System.out.printf(
        "[corpus] %d malformed requests over %d operations%n", sent, perOperation.size());
    assertThat(perOperation.keySet())
        .as("every operation of the contract is probed")
        .hasSize(ops.size());
    assertThat(sent).isGreaterThanOrEqualTo(500);
    assertThat(failures).as(failures.size() + " of " + sent + " requests").isEmpty();
  }

  // --- sending and judging ---

  private Response send(String token, Op op, Probe p) {
    RequestSpecification req = given().urlEncodingEnabled(false).auth().oauth2(token);
    // an If-Match that matches nothing: the precondition can never let a write through
    req.header("If-Match", "\"corpus\"");
    if (p.contentType != null) {
      req.contentType(p.contentType);
    }
    if (p.accept != null) {
      req.accept(p.accept);
    }
    if (p.body != null && p.contentType != null && p.contentType.contains("form")) {
      req.body(p.body); // RestAssured encodes forms itself and refuses bytes
    } else if (p.body != null) {
      req.body(p.body.getBytes(StandardCharsets.UTF_8));
    }
    return req.request(op.method.toUpperCase(), p.url);
  }

  private void check(Op op, Probe p, Response r) {
    int status = r.statusCode();
    if (status < 400 || status > 499) {
      failures.add(describe(op, p, r) + " answered " + status);
      return;
    }
    String type = r.contentType();
    if (type == null || !type.startsWith("application/problem+json")) {
      failures.add(describe(op, p, r) + " answered " + status + " as " + type);
      return;
    }
    String body = r.asString();
    try {
      JsonNode problem = json.readTree(body);
      if (!problem.path("type").isTextual()
          || !problem.path("title").isTextual()
          || problem.path("status").asInt() != status) {
        failures.add(describe(op, p, r) + " lacks type, title or status: " + clip(body));
      }
    } catch (Exception e) {
      failures.add(describe(op, p, r) + " is not JSON: " + clip(body));
      return;
    }
    if (JAVA_NAMES.matcher(body).find()) {
      failures.add(describe(op, p, r) + " names Java types: " + clip(body));
    }
  }

  private static String describe(Op op, Probe p, Response r) {
    return op.key() + " [" + p.what + "]";
  }

  private static String clip(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  // --- database state ---

  private static List<String> tables(Connection db) throws Exception {
    List<String> out = new ArrayList<>();
    try (Statement st = db.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                    + " AND table_type = 'BASE TABLE' ORDER BY table_name")) {
      while (rs.next()) {
        String t = rs.getString(1);
        // Quartz's own bookkeeping (check-ins of the clustered scheduler) changes by itself
        if (!t.toLowerCase().startsWith("qrtz_")) {
          out.add(t);
        }
      }
    }
    assertThat(out).isNotEmpty();
    return out;
  }

  private static String checksum(Connection db, List<String> tables) throws Exception {
    StringBuilder sb = new StringBuilder();
    try (Statement st = db.createStatement();
        ResultSet rs =
            st.executeQuery(
                "CHECKSUM TABLE "
                    + String.join(", ", tables.stream().map(t -> "`" + t + "`").toList()))) {
      while (rs.next()) {
        sb.append(rs.getString(1)).append('=').append(rs.getString(2)).append(';');
      }
    }
    return sb.toString();
  }

  // --- the corpus ---

  @SuppressWarnings("unchecked")
  private List<Probe> probes(Op op, Map<String, Object> schemas) throws Exception {
    List<Map<String, Object>> params =
        (List<Map<String, Object>>) op.spec.getOrDefault("parameters", List.of());
    Map<String, String> pathValues = new LinkedHashMap<>();
    for (Map<String, Object> p : params) {
      if ("path".equals(p.get("in"))) {
        pathValues.put((String) p.get("name"), validPathValue(p));
      }
    }
    Map<String, Object> body = requestBody(op);
    String bodyType = body == null ? null : body.keySet().iterator().next();
    Object bodySchema =
        body == null ? null : ((Map<String, Object>) body.get(bodyType)).get("schema");
    String baseBody = bodySchema == null ? null : baseBody(bodyType, bodySchema, schemas);
    boolean bodyRequired =
        body != null
            && Boolean.TRUE.equals(
                ((Map<String, Object>) op.spec.get("requestBody")).get("required"));

    List<Probe> out = new ArrayList<>();
    String baseUrl = url(op.path, pathValues);

    // path parameters
    for (Map<String, Object> p : params) {
      if (!"path".equals(p.get("in"))) {
        continue;
      }
      String name = (String) p.get("name");
      for (String bad : badPathValues(p)) {
        Map<String, String> v = new LinkedHashMap<>(pathValues);
        v.put(name, bad);
        out.add(new Probe("path " + name + "=" + clip(bad), url(op.path, v), bodyType, baseBody));
      }
    }
    // every operation: a path one segment too long, with what must never name a resource
    for (String suffix :
        List.of("%00", enc("١"), enc(INJECTIONS.get(0)), "..%2F..%2Fetc%2Fpasswd", "%E2%80%AE")) {
      out.add(new Probe("extra segment " + suffix, baseUrl + "/" + suffix, bodyType, baseBody));
    }
    if ("get".equals(op.method)) {
      out.add(new Probe("Accept image/png", baseUrl, null, null, "image/png"));
      // reads change nothing whatever the string: injections and control characters in names
      for (Map<String, Object> p : params) {
        Map<String, Object> ps = (Map<String, Object>) p.getOrDefault("schema", Map.of());
        if ("path".equals(p.get("in")) && "string".equals(ps.get("type"))) {
          String name = (String) p.get("name");
          for (String bad :
              List.of(
                  enc(INJECTIONS.get(0)), enc(INJECTIONS.get(2)), "%00%1B", "z".repeat(5_000))) {
            Map<String, String> v = new LinkedHashMap<>(pathValues);
            v.put(name, bad);
            out.add(new Probe("path " + name + "=" + clip(bad), url(op.path, v), null, null));
          }
        }
      }
    }
    // query parameters with a type, format or fixed values
    for (Map<String, Object> p : params) {
      if (!"query".equals(p.get("in"))) {
        continue;
      }
      String name = (String) p.get("name");
      for (String bad : badQueryValues(name, (Map<String, Object>) p.get("schema"))) {
        out.add(
            new Probe(
                "query " + name + "=" + clip(bad),
                baseUrl + "?" + name + "=" + bad,
                bodyType,
                baseBody));
      }
    }
    if (body == null) {
      return out;
    }
    if ("text/csv".equals(bodyType)) {
      out.add(new Probe("csv as JSON", baseUrl, "application/json", "{\"code\":\"x\"}"));
      out.add(new Probe("csv as XML", baseUrl, "application/xml", "<csv/>"));
      out.add(
          new Probe("csv unclosed quote", baseUrl, "text/csv", "code,name_zh\n\"x,y\nz\"q,w\n"));
      out.add(new Probe("csv header only garbage", baseUrl, "text/csv", "\u0000\u0001\u0002\n"));
      out.add(new Probe("csv unknown charset", baseUrl, "text/csv; charset=nope", "code\nx\n"));
      out.add(new Probe("csv empty", baseUrl, "text/csv", ""));
      return out;
    }
    String json = "application/json";
    if (bodyRequired) {
      out.add(new Probe("no body", baseUrl, json, ""));
      out.add(new Probe("null body", baseUrl, json, "null"));
    }
    for (String[] m :
        new String[][] {
          {"malformed: unclosed", "{"},
          {"malformed: dangling key", "{\"a\":"},
          {"malformed: trailing comma", "{\"a\":1,}"},
          {"malformed: single quotes", "{'a':1}"},
          {"malformed: bare word", "nul"},
          {"malformed: comment", "/* x */ {}"},
          {"top-level array", "[]"},
          {"top-level number", "42"},
          {"top-level string", "\"x\""},
          {"top-level boolean", "true"},
          {"wrapped in an array", "[" + baseBody + "]"},
          {"trailing garbage", baseBody + " x"},
          {"trailing document", baseBody + " {}"},
          {"deeply nested", "[".repeat(20_000) + "]".repeat(20_000)},
          {"deeply nested object", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)},
          {"invalid UTF-8", "{\"a\":\"\uFFFD\u0000\"}"}
        }) {
      out.add(new Probe(m[0], baseUrl, json, m[1]));
    }
    out.add(new Probe("as text/plain", baseUrl, "text/plain", baseBody));
    out.add(new Probe("as XML", baseUrl, "application/xml", "<a/>"));
    out.add(new Probe("as form", baseUrl, "application/x-www-form-urlencoded", "a=1"));

    Map<String, Object> schema = resolve(bodySchema, schemas);
    Map<String, Object> props = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
    List<String> required = (List<String>) schema.getOrDefault("required", List.of());
    ObjectMapper om = new ObjectMapper();
    Map<String, Object> base = om.readValue(baseBody, LinkedHashMap.class);
    if (!props.isEmpty()) {
      String first = props.keySet().iterator().next();
      String v = om.writeValueAsString(base.get(first));
      out.add(
          new Probe(
              "duplicate key " + first,
              baseUrl,
              json,
              "{\"" + first + "\":" + v + ",\"" + first + "\":" + v + "}"));
    }
    for (String name : props.keySet()) {
      Map<String, Object> ps = resolve(props.get(name), schemas);
      for (Map.Entry<String, Object> bad : badFieldValues(ps, schemas).entrySet()) {
        Map<String, Object> mutated = new LinkedHashMap<>(base);
        mutated.put(name, bad.getValue());
        out.add(
            new Probe(name + ": " + bad.getKey(), baseUrl, json, om.writeValueAsString(mutated)));
      }
      if (required.contains(name)) {
        Map<String, Object> missing = new LinkedHashMap<>(base);
        missing.remove(name);
        out.add(new Probe(name + ": missing", baseUrl, json, om.writeValueAsString(missing)));
        Map<String, Object> nulled = new LinkedHashMap<>(base);
        nulled.put(name, null);
        out.add(new Probe(name + ": null", baseUrl, json, om.writeValueAsString(nulled)));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> requestBody(Op op) {
    Map<String, Object> rb = (Map<String, Object>) op.spec.get("requestBody");
    return rb == null ? null : (Map<String, Object>) rb.get("content");
  }

  private static String url(String template, Map<String, String> values) {
    String url = template;
    for (Map.Entry<String, String> e : values.entrySet()) {
      url = url.replace("{" + e.getKey() + "}", e.getValue());
    }
    return url;
  }

  private static String validPathValue(Map<String, Object> p) {
    return switch ((String) p.get("name")) {
      case "username" -> "corpus-nobody";
      case "date" -> "2026-03-02";
      case "code" -> "ZZ99";
      case "token" -> "corpus-no-such-feed";
      default -> String.valueOf(MISSING);
    };
  }

  @SuppressWarnings("unchecked")
  private static List<String> badPathValues(Map<String, Object> p) {
    Map<String, Object> s = (Map<String, Object>) p.getOrDefault("schema", Map.of());
    String name = (String) p.get("name");
    List<String> out = new ArrayList<>();
    if ("integer".equals(s.get("type"))) {
      out.addAll(
          List.of(
              "abc",
              "1.5",
              "1e3",
              enc("١٢٣"), // Arabic-Indic digits
              enc("１２３"), // full-width digits
              "99999999999999999999999",
              "0x1F",
              "%00",
              "1%0A",
              enc("1 OR 1=1"),
              enc("1; DROP TABLE reservation"),
              "9".repeat(4_000)));
    } else if ("date".equals(name)) {
      out.addAll(
          List.of(
              "2026-13-45",
              "20260302",
              "%2B999999999-01-01",
              "-0001-01-01",
              "1999-12-31",
              enc("2026-03-02' OR '1'='1"),
              "%00"));
    } else if (s.get("maxLength") instanceof Integer max) {
      out.add("u".repeat(max + 1));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<String> badQueryValues(String name, Map<String, Object> s) {
    String type = s == null ? null : (String) s.get("type");
    boolean integer =
        "integer".equals(type)
            || name.endsWith("Id")
            || Set.of("page", "size", "durationMinutes", "instruments").contains(name);
    if (integer) {
      return List.of(
          "abc", "1.5", enc("١"), enc("１"), "99999999999999999999", "%00", enc("1 OR 1=1"), "-");
    }
    if ("number".equals(type)) {
      return List.of("abc", "1e999999", enc("١٢"), "NaN", "%00");
    }
    if ("boolean".equals(type)) {
      return List.of("yes", "1", "0", "%00", enc("true' OR '1'='1"));
    }
    if (Set.of("from", "to").contains(name)) {
      return List.of(
          "2026-13-45T00:00:00Z",
          "1772409600",
          "%2B999999999-01-01T00:00:00Z",
          "1999-12-31T23:00:00Z",
          enc("2026-03-02T09:00:00+08:00' OR '1'='1"),
          "%00");
    }
    if (s != null && s.get("enum") instanceof List<?>) {
      return List.of("NOT_A_VALUE", "%00", enc(INJECTIONS.get(0)));
    }
    if ("array".equals(type)) {
      return List.of("NOT_A_VALUE", enc(INJECTIONS.get(1)));
    }
    return List.of();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> badFieldValues(Map<String, Object> s, Map<String, Object> schemas) {
    Map<String, Object> out = new LinkedHashMap<>();
    String type = (String) s.get("type");
    List<Object> values = (List<Object>) s.get("enum");
    String format = (String) s.get("format");
    if (values != null) {
      out.put("invalid enum", "NOT_A_VALUE");
      out.put("enum lower case", String.valueOf(values.get(0)).toLowerCase() + "_x");
      out.put("enum as number", 0);
      out.put("injection", INJECTIONS.get(0));
      out.put("control characters", "A\u0000\u0007\u001b");
      return out;
    }
    switch (type == null ? "object" : type) {
      case "string" -> {
        out.put("number", 12345);
        out.put("boolean", true);
        out.put("object", Map.of("a", 1));
        out.put("array", List.of("x"));
        if ("date-time".equals(format)) {
          out.put("date as number", 1772409600);
          out.put("impossible date", "2026-02-30T10:00:00+08:00");
          out.put("no offset", "2026-03-02T10:00:00");
          out.put("year +999999999", "+999999999-12-31T23:59:59Z");
          out.put("year -1", "-0001-01-01T09:00:00+08:00");
          out.put("year 1999", "1999-12-31T10:00:00Z");
          out.put("injection", INJECTIONS.get(1));
          out.put("control characters", "2026-03-02T10:00\u0000:00Z");
        } else if ("date".equals(format)) {
          out.put("date as number", 20260302);
          out.put("impossible date", "2026-02-30");
          out.put("year +999999999", "+999999999-12-31");
          out.put("year -1", "-0001-01-01");
          out.put("injection", INJECTIONS.get(0));
        } else if (s.get("maxLength") instanceof Integer max) {
          out.put("over maxLength", "x".repeat(max + 1));
          out.put("huge", "x".repeat(Math.max(max + 1, 200_000)));
          out.put("huge control characters", "\u0000\u0001\u001f".repeat(max / 3 + 1));
          out.put("huge injection", (INJECTIONS.get(1) + " ").repeat(max / 20 + 1));
        }
      }
      case "integer" -> {
        out.put("fraction", 1.5);
        out.put("string", "1");
        out.put("non-ASCII digits", "١٢");
        out.put("boolean", true);
        out.put("injection", INJECTIONS.get(1));
        out.put("too large", new java.math.BigInteger("99999999999999999999999"));
        out.put("array", List.of(1));
      }
      case "number" -> {
        // a decimal string is accepted for amounts of money; words are not
        out.put("word", "one point five");
        out.put("boolean", false);
        out.put("injection", INJECTIONS.get(0));
        out.put("object", Map.of());
      }
      case "boolean" -> {
        out.put("number 1", 1);
        out.put("number 0", 0);
        out.put("string", "true");
        out.put("word", "yes");
      }
      case "array" -> {
        out.put("object", Map.of("a", 1));
        out.put("string", "x");
        out.put("array of nulls", java.util.Arrays.asList((Object) null));
        Map<String, Object> items = resolve(s.get("items"), schemas);
        if (!"string".equals(items.get("type"))) {
          out.put("array of strings", List.of(INJECTIONS.get(2)));
        } else {
          out.put("array of numbers", List.of(1, 2));
        }
      }
      default -> {
        out.put("string", "x");
        out.put("number", 1);
        out.put("array", List.of());
      }
    }
    return out;
  }

  // --- a plausible body from the schema (every property, placeholder values) ---

  private String baseBody(String type, Object schema, Map<String, Object> schemas)
      throws Exception {
    if ("text/csv".equals(type)) {
      return "code\nx\n";
    }
    return json.writeValueAsString(sample(schema, schemas, 0));
  }

  @SuppressWarnings("unchecked")
  private static Object sample(Object schemaRef, Map<String, Object> schemas, int depth) {
    Map<String, Object> s = resolve(schemaRef, schemas);
    if (s.get("enum") instanceof List<?> values) {
      return values.get(0);
    }
    String type = (String) s.get("type");
    String format = (String) s.get("format");
    switch (type == null ? "object" : type) {
      case "string":
        if ("date-time".equals(format)) {
          return "2026-03-02T09:00:00+08:00";
        }
        if ("date".equals(format)) {
          return "2026-03-02";
        }
        return "corpus";
      case "integer":
        return MISSING;
      case "number":
        return 100;
      case "boolean":
        return true;
      case "array":
        return depth > 3 ? List.of() : List.of(sample(s.get("items"), schemas, depth + 1));
      default:
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> props = (Map<String, Object>) s.getOrDefault("properties", Map.of());
        if (depth <= 3) {
          props.forEach((k, v) -> out.put(k, sample(v, schemas, depth + 1)));
        }
        return out;
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> resolve(Object schema, Map<String, Object> schemas) {
    if (!(schema instanceof Map<?, ?>)) {
      return Map.of();
    }
    Map<String, Object> s = (Map<String, Object>) schema;
    Set<Object> seen = new LinkedHashSet<>();
    while (s.get("$ref") instanceof String ref && seen.add(ref)) {
      s = (Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
      if (s == null) {
        return Map.of();
      }
    }
    if (s.get("allOf") instanceof List<?> all && !all.isEmpty()) {
      Map<String, Object> merged = new LinkedHashMap<>();
      for (Object part : all) {
        merged.putAll(resolve(part, schemas));
      }
      merged.putAll(s);
      merged.remove("allOf");
      return merged;
    }
    return s;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
