package cn.gfshare.instruments.hardening;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client that hangs up mid-upload is not a server error: no ERROR in the log and no 5xx in the
 * metrics.
 */
@QuarkusTest
class ClientHangUpTest {

  private static final Pattern SERVER_ERRORS =
      Pattern.compile(
          "^http_server_requests_seconds_count\\{[^}]*status=\"5\\d\\d\"[^}]*} ([0-9.E]+)$",
          Pattern.MULTILINE);

  private final List<LogRecord> severe = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord r) {
          if (r.getLevel().intValue() >= Level.SEVERE.intValue()) {
            severe.add(r);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void stop() {
    Logger.getLogger("").removeHandler(capture);
  }

  @Test
  void anAbortedUploadIsNeitherAnErrorNorA5xx() throws Exception {
    String token = Tokens.managerGz();
    double before = serverErrors();
    int aborted = 20;
    for (int i = 0; i < aborted; i++) {
      abortUpload(token, "/api/v1/labs/1/instruments/import", "text/csv");
      abortUpload(token, "/api/v1/admin/platform-policy", "application/json");
    }
    // the service notices the closed connection asynchronously. Awaitility would also fail on any
    // uncaught exception of another thread: RESTEasy Reactive's worker sometimes throws an
    // ArrayIndexOutOfBoundsException when it resumes a request whose client has reset (a framework
    // race, seen 1 run in 3 here); it is neither logged as an error nor answered as a 5xx, which is
    // what this test is about, so only the logs and the metrics are checked
    await()
        .dontCatchUncaughtExceptions()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(10))
        .until(() -> severe.isEmpty());
    assertThat(severe).extracting(LogRecord::getMessage).isEmpty();
    assertThat(serverErrors()).isEqualTo(before);
  }

  private static void abortUpload(String token, String path, String type) throws Exception {
    try (Socket s = new Socket("localhost", RestAssured.port)) {
      OutputStream out = s.getOutputStream();
      String method = path.contains("platform-policy") ? "PUT" : "POST";
      out.write(
          (method
                  + " "
                  + path
                  + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                  + token
                  + "\r\nContent-Type: "
                  + type
                  + "\r\nContent-Length: 100000\r\n\r\n"
                  + "{\"equalAccess\":tr")
              .getBytes(UTF_8));
      out.flush();
      Thread.sleep(50);
      s.setSoLinger(true, 0); // a reset, as a client that crashes or loses its network sends
    }
  }

  private static double serverErrors() {
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher m = SERVER_ERRORS.matcher(metrics);
    double sum = 0;
    while (m.find()) {
      sum += Double.parseDouble(m.group(1));
    }
    return sum;
  }
}
