package cn.gfshare.instruments.common.idempotency;

import cn.gfshare.instruments.common.GfConfig;
import cn.gfshare.instruments.common.problem.ConflictProblem;
import cn.gfshare.instruments.common.problem.DomainProblem;
import cn.gfshare.instruments.common.problem.RuleViolation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Idempotency-Key support for create use cases. {@link #once} runs the use case; the use case
 * claims the key inside its own transaction, after taking its locks, and completes it with its
 * result in that same transaction: the unique (username, key) constraint makes a second concurrent
 * use wait and then fail, and the result is remembered exactly when the thing it describes was
 * created. Failed requests leave nothing behind, so they may be retried with the same key. What is
 * remembered is the use case's result, not an HTTP response: the entry point renders it.
 */
@ApplicationScoped
public class IdempotencyStore {

  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

  @Inject ObjectMapper json;
  @Inject GfConfig config;
  @Inject Clock clock;

  /**
   * Results are read back exactly as they were written: an offset stays the lab's offset instead of
   * being moved to UTC, so a replay renders the same document as the first answer.
   */
  private ObjectMapper results;

  @PostConstruct
  void init() {
    results = json.copy().disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
  }

  /** A key presented with a request: the user, the key and a hash of the operation and request. */
  public record Claim(String username, String key, String requestHash) {}

  /** What a use case returned, and whether it was remembered from an earlier request. */
  public record Outcome<T>(T value, boolean replayed) {}

  /** Another request with the same key committed first; look the key up again. */
  public static class Race extends RuntimeException {
    public Race(Throwable cause) {
      super("Idempotency-Key taken concurrently", cause, false, false);
    }
  }

  /**
   * Runs {@code work} at most once per (user, key): a repeated request with the same key and
   * request gets the first result back ({@code replayed}); the same key with another request is a
   * 422. Without a key ({@code key == null}) the work just runs. {@code work} receives the claim
   * (null without a key) to pass to {@link #claim} and {@link #complete}.
   *
   * @param operation names the use case, so one key cannot be replayed across use cases
   */
  public <T> Outcome<T> once(
      String username,
      String key,
      String operation,
      Object request,
      Class<T> resultType,
      Function<Claim, T> work) {
    Claim claim = claimFor(username, key, operation, request);
    // No lookup first: the work claims the key in its own transaction, and a key already taken
    // fails that insert (Race), so a first request pays one insert instead of a lookup
    // transaction. A repeat pays a little more: its work runs until the claim.
    for (boolean retried = false; ; retried = true) {
      try {
        return new Outcome<>(work.apply(claim), false);
      } catch (Race race) {
        Prior<T> prior = replay(claim, resultType);
        if (prior.result().isPresent()) {
          return new Outcome<>(prior.result().get(), true);
        }
        if (!prior.expired() || retried) {
          throw new ConflictProblem(
              "idempotency-key-in-use",
              "A request with this Idempotency-Key is in progress; retry shortly",
              Map.of("idempotencyKey", claim.key()));
        }
        // the key had expired and is forgotten now: this is a new request
      } catch (DomainProblem problem) {
        // the first request with this key may have succeeded (and booked the slot this one
        // finds taken): that is its answer
        if (claim != null) {
          Optional<T> twin = replay(claim, resultType).result();
          if (twin.isPresent()) {
            return new Outcome<>(twin.get(), true);
          }
        }
        throw problem;
      }
    }
  }

  /** What a key remembers: the first result, or nothing (never used, or expired and now gone). */
  private record Prior<T>(Optional<T> result, boolean expired) {}

  /** Null when no key was sent; 422 when the key is malformed. */
  private Claim claimFor(String username, String key, String operation, Object request) {
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
   * The remembered result for the claim's key, if any and not expired; 422 when the key was used
   * with a different request.
   */
  private <T> Prior<T> replay(Claim claim, Class<T> resultType) {
    boolean[] expired = {false};
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
                    expired[0] = true;
                    return null;
                  }
                  return found;
                });
    if (r == null) {
      return new Prior<>(Optional.empty(), expired[0]);
    }
    if (!r.requestHash.equals(claim.requestHash())) {
      throw new RuleViolation(
          "idempotency-key-reused",
          "This Idempotency-Key was already used with a different request",
          Map.of("idempotencyKey", claim.key()));
    }
    try {
      return new Prior<>(Optional.of(results.readValue(r.result, resultType)), false);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable remembered result for key " + r.id, e);
    }
  }

  /**
   * Inserts the key row (nothing without a claim); throws {@link Race} when the key is (or just
   * became) taken.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public IdempotencyRecord claim(Claim claim) {
    if (claim == null) {
      return null;
    }
    IdempotencyRecord r = new IdempotencyRecord();
    r.username = claim.username();
    r.key = claim.key();
    r.requestHash = claim.requestHash();
    r.result = "{}";
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

  /** Remembers the use case's result with its key (nothing when no key was claimed). */
  @Transactional(Transactional.TxType.MANDATORY)
  public <T> T complete(IdempotencyRecord r, T result) {
    if (r != null) {
      try {
        r.result = results.writeValueAsString(result);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return result;
  }
}
