package cn.gfshare.instruments.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Lints the committed contract with the linter a partner would run (Redocly CLI, version pinned in
 * openapi/lint/package-lock.json) under openapi/redocly.yaml: recommended rules, warnings count as
 * errors. The linter is installed with npm into target/ on first use; without npm the test fails
 * and says how to get it, because a skipped lint would let the contract rot unnoticed.
 */
class OpenApiLintTest {

  private static final Path LINT_PROJECT = Path.of("openapi", "lint");
  private static final Path INSTALL_DIR = Path.of("target", "contract-lint");

  @Test
  void contractPassesTheLinterWithNoErrorsOrWarnings() throws Exception {
    Path redocly = installLinter();
    Run lint =
        run(
            List.of(
                redocly.toString(),
                "lint",
                Path.of("openapi", "openapi.yaml").toAbsolutePath().toString(),
                "--config",
                Path.of("openapi", "redocly.yaml").toAbsolutePath().toString(),
                "--format=stylish",
                "--max-problems=200"),
            Path.of("."),
            180);
    assertThat(lint.exitCode())
        .as("redocly lint openapi/openapi.yaml found problems:%n%s", lint.output())
        .isZero();
  }

  /**
   * What the linter does not check but a generated client needs: a schema for every body (a
   * response with an example and no schema comes out as {@code void}), problem+json for every
   * error, and operationIds that make method names.
   */
  @Test
  @SuppressWarnings("unchecked")
  void everyBodyIsTypedAndEveryErrorIsAProblem() throws Exception {
    Map<String, Object> doc;
    try (var in = Files.newInputStream(Path.of("openapi", "openapi.yaml"))) {
      doc = new Yaml().load(in);
    }
    Map<String, Object> components = (Map<String, Object>) doc.get("components");
    Map<String, Object> sharedResponses = (Map<String, Object>) components.get("responses");
    List<String> problems = new ArrayList<>();
    Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
    paths.forEach(
        (path, item) ->
            item.forEach(
                (method, value) -> {
                  if (!(value instanceof Map<?, ?> op) || !op.containsKey("responses")) {
                    return;
                  }
                  String where = method.toUpperCase(Locale.ROOT) + " " + path;
                  Object id = op.get("operationId");
                  if (!(id instanceof String s) || !s.matches("[a-z][a-zA-Z]+")) {
                    problems.add(where + ": operationId " + id + " is not lowerCamelCase");
                  }
                  ((Map<String, Object>) op.get("responses"))
                      .forEach(
                          (code, r) -> {
                            Map<String, Object> response = (Map<String, Object>) r;
                            if (response.get("$ref") instanceof String ref) {
                              response =
                                  (Map<String, Object>)
                                      sharedResponses.get(ref.substring(ref.lastIndexOf('/') + 1));
                            }
                            Map<String, Object> content =
                                (Map<String, Object>) response.get("content");
                            boolean error = code.startsWith("4") || code.startsWith("5");
                            if (error
                                && (content == null
                                    || !content.containsKey("application/problem+json"))) {
                              problems.add(where + " " + code + ": not application/problem+json");
                            }
                            if (content != null) {
                              content.forEach(
                                  (type, media) -> {
                                    if (!(media instanceof Map<?, ?> m)
                                        || m.get("schema") == null) {
                                      problems.add(where + " " + code + " " + type + ": no schema");
                                    }
                                  });
                            }
                          });
                }));
    assertThat(problems).isEmpty();
  }

  private static Path installLinter() throws Exception {
    Path bin = INSTALL_DIR.resolve(Path.of("node_modules", ".bin", "redocly"));
    Path lock = INSTALL_DIR.resolve("package-lock.json");
    Path wantedLock = LINT_PROJECT.resolve("package-lock.json");
    if (Files.isExecutable(bin) && Files.exists(lock) && Files.mismatch(lock, wantedLock) == -1) {
      return bin.toAbsolutePath();
    }
    Files.createDirectories(INSTALL_DIR);
    Files.copy(
        LINT_PROJECT.resolve("package.json"),
        INSTALL_DIR.resolve("package.json"),
        StandardCopyOption.REPLACE_EXISTING);
    Files.copy(wantedLock, lock, StandardCopyOption.REPLACE_EXISTING);
    Run install;
    try {
      install =
          run(
              List.of("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"),
              INSTALL_DIR,
              600);
    } catch (IOException e) {
      return fail(
          "npm is not on the PATH, so the contract cannot be linted. Install Node.js and npm"
              + " (Debian: apt-get install -y nodejs npm; .ci/run does this).",
          e);
    }
    assertThat(install.exitCode())
        .as("npm ci in %s failed:%n%s", INSTALL_DIR, install.output())
        .isZero();
    return bin.toAbsolutePath();
  }

  private record Run(int exitCode, String output) {}

  private static Run run(List<String> command, Path dir, int timeoutSeconds) throws Exception {
    Path log = Files.createTempFile("contract-lint-", ".log");
    try {
      Process p =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail("%s did not finish within %d s", String.join(" ", command), timeoutSeconds);
      }
      return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
