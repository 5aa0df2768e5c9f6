package cn.gfshare.instruments.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

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
