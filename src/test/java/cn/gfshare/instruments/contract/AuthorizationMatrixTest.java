package cn.gfshare.instruments.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Who may call what: the status every operation of the contract answers to anonymous callers, each
 * realm role and the partner machine client, as committed in {@code
 * src/test/resources/authorization-matrix.txt}. The request is the same for every identity (ids
 * that do not exist, an empty JSON object as body), so the status shows how far the identity gets:
 * 401, 403, or on into the operation (404, 422 …). Fails when the service differs from the table
 * and when an operation of the contract is missing from it, so a new endpoint needs a row. After an
 * intended change: {@code ./mvnw test -Dtest=AuthorizationMatrixTest -Dmatrix.update=true}, then
 * review the diff.
 */
@QuarkusTest
class AuthorizationMatrixTest {

  static final Path TABLE = Path.of("src/test/resources/authorization-matrix.txt");

  /** Column order of the table; null = no token. */
  static final Map<String, String> IDENTITIES = new LinkedHashMap<>();

  static {
    IDENTITIES.put("anonymous", null);
    IDENTITIES.put("researcher", "researcher-gz");
    IDENTITIES.put("lab-manager", "manager-gz");
    IDENTITIES.put("finance", "finance");
    IDENTITIES.put("platform-admin", "admin");
    IDENTITIES.put("partner", "partner");
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyOperationAnswersEachIdentityAsTheTableSays() throws Exception {
    Map<String, Object> contract;
    try (InputStream in = Files.newInputStream(Path.of("openapi/openapi.yaml"))) {
      contract = new Yaml().load(in);
    }
    Map<String, Map<String, Object>> ops = new TreeMap<>();
    ((Map<String, Map<String, Object>>) contract.get("paths"))
        .forEach(
            (path, methods) ->
                methods.forEach(
                    (m, spec) -> {
                      if (Set.of("get", "post", "put", "delete", "patch").contains(m)) {
                        ops.put(m.toUpperCase() + " " + path, (Map<String, Object>) spec);
                      }
                    }));

    Map<String, String> tokens = new LinkedHashMap<>();
    IDENTITIES.forEach((column, user) -> tokens.put(column, user == null ? null : Tokens.of(user)));

    // the rows for a person's feed depend on whether one exists: none before, none after
    revokeFeeds(tokens);
    Map<String, List<Integer>> observed = new TreeMap<>();
    try {
      for (Map.Entry<String, Map<String, Object>> op : ops.entrySet()) {
        List<Integer> row = new ArrayList<>();
        for (String token : tokens.values()) {
          row.add(call(op.getKey(), op.getValue(), token));
        }
        observed.put(op.getKey(), row);
      }
    } finally {
      revokeFeeds(tokens);
    }

    if (Boolean.getBoolean("matrix.update")) {
      write(observed);
      return;
    }
    Map<String, List<Integer>> expected = read();
    List<String> problems = new ArrayList<>();
    for (String op : ops.keySet()) {
      if (!expected.containsKey(op)) {
        problems.add(op + ": missing from " + TABLE + " (observed " + observed.get(op) + ")");
      }
    }
    for (String op : expected.keySet()) {
      if (!ops.containsKey(op)) {
        problems.add(op + ": in the table but not in the contract");
      }
    }
    List<String> columns = new ArrayList<>(IDENTITIES.keySet());
    for (Map.Entry<String, List<Integer>> e : observed.entrySet()) {
      List<Integer> want = expected.get(e.getKey());
      if (want == null) {
        continue;
      }
      for (int i = 0; i < columns.size(); i++) {
        if (!want.get(i).equals(e.getValue().get(i))) {
          problems.add(
              e.getKey()
                  + " as "
                  + columns.get(i)
                  + ": expected "
                  + want.get(i)
                  + ", got "
                  + e.getValue().get(i));
        }
      }
    }
    System.out.printf(
        "[matrix] %d operations x %d identities = %d requests%n",
        ops.size(), columns.size(), ops.size() * columns.size());
    assertThat(problems).isEmpty();
  }

  private static void revokeFeeds(Map<String, String> tokens) {
    tokens.values().stream()
        .filter(t -> t != null)
        .forEach(t -> given().auth().oauth2(t).delete("/api/v1/me/calendar-feed"));
  }

  @SuppressWarnings("unchecked")
  private static int call(String key, Map<String, Object> spec, String token) {
    String method = key.substring(0, key.indexOf(' '));
    String path = key.substring(key.indexOf(' ') + 1);
    String url =
        path.replace("{username}", "matrix-nobody")
            .replace("{date}", "2026-03-02")
            .replace("{code}", "ZZ99")
            .replace("{token}", "matrix-no-such-feed")
            .replaceAll("\\{[A-Za-z]+}", String.valueOf(BadInputCorpusTest.MISSING));
    RequestSpecification req = given().header("If-Match", "\"matrix\"");
    if (token != null) {
      req.auth().oauth2(token);
    }
    List<Map<String, Object>> params =
        (List<Map<String, Object>>) spec.getOrDefault("parameters", List.of());
    if (params.stream().anyMatch(p -> "instruments".equals(p.get("name")))) {
      // the scale-data generator would otherwise build 10,000 instruments: out of range instead
      req.queryParam("instruments", 0);
    }
    Map<String, Object> body = (Map<String, Object>) spec.get("requestBody");
    if (body != null) {
      Map<String, Object> content = (Map<String, Object>) body.get("content");
      if (content.containsKey("text/csv")) {
        req.contentType("text/csv").body("code\n".getBytes(StandardCharsets.UTF_8));
      } else {
        req.contentType("application/json").body("{}");
      }
    }
    return req.request(method, url).statusCode();
  }

  private static Map<String, List<Integer>> read() throws Exception {
    Map<String, List<Integer>> out = new TreeMap<>();
    for (String line : Files.readAllLines(TABLE)) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#") || t.startsWith("operation")) {
        continue;
      }
      String[] cells = t.split("\\s*\\|\\s*");
      List<Integer> row = new ArrayList<>();
      for (int i = 1; i < cells.length; i++) {
        row.add(Integer.parseInt(cells[i].strip()));
      }
      assertThat(row).as(t).hasSize(IDENTITIES.size());
      out.put(cells[0].strip(), row);
    }
    return out;
  }

  private static void write(Map<String, List<Integer>> observed) throws Exception {
    int width = observed.keySet().stream().mapToInt(String::length).max().orElse(10);
    StringBuilder sb = new StringBuilder();
    sb.append("# Expected HTTP status of every operation of openapi/openapi.yaml per identity.\n")
        .append(
            "# Request: ids that do not exist, an empty JSON object (or a header-only CSV) as\n")
        .append("# body, a stale If-Match. 401/403 = stopped by authentication/authorization;\n")
        .append("# anything else = the identity got into the operation. Checked by\n")
        .append("# AuthorizationMatrixTest; every operation of the contract needs a row.\n");
    sb.append(String.format("%-" + width + "s", "operation"));
    for (String c : IDENTITIES.keySet()) {
      sb.append(" | ").append(String.format("%-14s", c));
    }
    sb.append('\n');
    observed.forEach(
        (op, row) -> {
          sb.append(String.format("%-" + width + "s", op));
          for (Integer s : row) {
            sb.append(" | ").append(String.format("%-14s", s));
          }
          sb.append('\n');
        });
    Files.writeString(TABLE, sb.toString().replaceAll(" +\n", "\n"));
  }
}
