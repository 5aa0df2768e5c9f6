package cn.gfshare.instruments.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Process, file and polling helpers the end-to-end tests share. */
final class E2e {

  static final int LOG_TAIL_LINES = 80;

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private E2e() {}

  /** A path the POM passes as a system property (see the failsafe configuration). */
  static Path requiredPath(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "system property " + property + " is not set; run this test with ./mvnw verify");
    }
    Path path = Path.of(value).toAbsolutePath();
    if (!Files.exists(path)) {
      throw new IllegalStateException(property + " points to a missing path: " + path);
    }
    return path;
  }

  /** target/e2e, where the Keycloak distribution lies and the tests keep their logs. */
  static Path workDir() {
    return requiredPath("gf.e2e.keycloak-zip").getParent();
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * Removes inherited Quarkus/Keycloak/app settings, so both servers see only what a test sets
   * (Keycloak is a Quarkus app too and would read a developer's QUARKUS_HTTP_PORT, for example).
   */
  static Map<String, String> scrubbedEnvironment(ProcessBuilder pb) {
    Map<String, String> env = pb.environment();
    env.keySet()
        .removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("KC_") || k.startsWith("GF_"));
    return env;
  }

  static Process startLogged(ProcessBuilder pb, Path logFile) throws IOException {
    return pb.redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
  }

  static void awaitHttp200(String url, Process process, Duration timeout, Path logFile)
      throws InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "process exited with " + process.exitValue() + " before " + url + "; see " + logFile);
      }
      try {
        if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // keep polling until the deadline
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(url + " not ready after " + timeout + "; see " + logFile);
      }
      Thread.sleep(500);
    }
  }

  /** kc.sh keeps a shell parent with the JVM as its child: stopping only the shell orphans it. */
  static void stopTree(Process process) {
    if (process == null) {
      return;
    }
    List<ProcessHandle> tree =
        Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
    tree.forEach(ProcessHandle::destroy);
    for (ProcessHandle handle : tree) {
      try {
        handle.onExit().get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        handle.destroyForcibly();
      }
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(E2e::delete);
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void printTail(Path logFile) {
    if (!Files.exists(logFile)) {
      return;
    }
    try {
      // lenient decoding: a log cut mid-character must not hide the rest
      List<String> lines = new String(Files.readAllBytes(logFile), UTF_8).lines().toList();
      System.out.printf("----- last %d lines of %s -----%n", LOG_TAIL_LINES, logFile);
      lines
          .subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size())
          .forEach(System.out::println);
    } catch (IOException e) {
      log("cannot read %s: %s", logFile, e);
    }
  }

  static long secondsSince(Instant start) {
    return Duration.between(start, Instant.now()).toSeconds();
  }

  static void log(String format, Object... args) {
    System.out.printf("[e2e] " + format + "%n", args);
  }
}
