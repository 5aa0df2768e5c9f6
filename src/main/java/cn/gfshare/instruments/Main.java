package cn.gfshare.instruments;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service. Quarkus's HTTP layer refuses a request target that {@code java.net.URI}
 * cannot parse (a broken {@code %} escape, a space) with an empty 400 before any application code
 * runs; that check is switched off here, before Quarkus's classes load, and done again by {@code
 * common.RequestLineGuard}, which answers problem+json like every other error. (The test JVM gets
 * the same property from the surefire configuration.)
 */
@QuarkusMain
public final class Main {

  static final String URI_VALIDATION_OFF = "vertx.disableURIValidation";

  private Main() {}

  public static void main(String... args) {
    if (System.getProperty(URI_VALIDATION_OFF) == null) {
      System.setProperty(URI_VALIDATION_OFF, "true");
    }
    Quarkus.run(args);
  }
}
