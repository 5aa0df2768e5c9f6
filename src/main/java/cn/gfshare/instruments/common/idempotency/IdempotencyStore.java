package cn.gfshare.instruments.common.idempotency;

import cn.gfshare.instruments.common.GfConfig;
import cn.gfshare.instruments.common.problem.ConflictProblem;
import cn.gfshare.instruments.common.problem.RuleViolation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Idempotency-Key support for creates. The caller's service claims the key inside its own
 * transaction, after taking its locks, and completes it with the response in that same transaction:
 * the unique (username, key) constraint makes a second concurrent use wait and then fail, and the
 * response is remembered exactly when the thing it describes was created. Failed requests leave
 * nothing behind, so they may be retried with the same key.
 */
@ApplicationScoped
public class IdempotencyStore {

  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

  @Inject ObjectMapper json;
  @Inject GfConfig config;
  @Inject Clock clock;

  /** A key presented with a request: the user, the key and a hash of the request. */
  public record Claim(String username, String key, String requestHash) {}

  /** The response first given for a key. */
  public record Stored(int status, String body, String location) {}

  /** Another request with the same key committed first; look the key up again. */
  public static class Race extends RuntimeException {
    public Race(Throwable cause) {
      super("Idempotency-Key taken concurrently", cause, false, false);
    }
  }

  /** Null when no key was sent; 422 when the key is malformed. */
  public Claim claimFor(String username, String key, String operation, Object request) {
    if (key == null) {
      return null;
    }
    if (!KEY.matcher(key).matches()) {
      throw new RuleViolation(
          "idempotency-key-format", "Idempotency-Key must be 1-200 visible ASCII characters");
    }
    try {
      byte[] body = json.writeValueAsBytes(request);
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(operation.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(body);
      return new Claim(username, key, HexFormat.of().formatHex(sha.digest()));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The remembered response for the claim's key, if any and not expired; 422 when the key was used
   * with a different request.
   */
  public Optional<Stored> replay(Claim claim) {
    IdempotencyRecord r =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  IdempotencyRecord found =
                      IdempotencyRecord.<IdempotencyRecord>find(
                              "username = ?1 and key = ?2", claim.username(), claim.key())
                          .firstResult();
                  if (found != null && !found.expiresAt.isAfter(clock.instant())) {
                    // expired keys are forgotten; a later cleanup job may also purge them in bulk
                    found.delete();
                    return null;
                  }
                  return found;
                });
    if (r == null) {
      return Optional.empty();
    }
    if (!r.requestHash.equals(claim.requestHash())) {
      throw new RuleViolation(
          "idempotency-key-reused",
          "This Idempotency-Key was already used with a different request",
          Map.of("idempotencyKey", claim.key()));
    }
    return Optional.of(new Stored(r.status, r.responseBody, r.location));
  }

  /** After a {@link Race}: the winner's response, or 409 when it is not visible (yet). */
  public Stored replayAfterRace(Claim claim) {
    return replay(claim)
        .orElseThrow(
            () ->
                new ConflictProblem(
                    "idempotency-key-in-use",
                    "A request with this Idempotency-Key is in progress; retry shortly",
                    Map.of("idempotencyKey", claim.key())));
  }

  /** Inserts the key row; throws {@link Race} when the key is (or just became) taken. */
  @Transactional(Transactional.TxType.MANDATORY)
  public IdempotencyRecord claim(Claim claim) {
    IdempotencyRecord r = new IdempotencyRecord();
    r.username = claim.username();
    r.key = claim.key();
    r.requestHash = claim.requestHash();
    r.status = 0;
    r.responseBody = "";
    r.createdAt = clock.instant();
    r.expiresAt = r.createdAt.plus(config.booking().idempotencyKeyTtl());
    try {
      r.persist();
      r.flush();
    } catch (PersistenceException e) {
      throw new Race(e);
    }
    return r;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void complete(IdempotencyRecord r, int status, String body, String location) {
    r.status = status;
    r.responseBody = body;
    r.location = location;
  }

  public String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public Instant now() {
    return clock.instant();
  }
}
