package cn.gfshare.instruments.billing;

import cn.gfshare.instruments.security.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;

/** Appends to the billing event log, always inside the transaction of the change it records. */
@ApplicationScoped
public class BillingEvents {

  @Inject ObjectMapper json;

  @Transactional(Transactional.TxType.MANDATORY)
  public void append(
      String type,
      String subjectType,
      long subjectId,
      Long accountId,
      Long labId,
      Caller actor,
      Instant at,
      Map<String, ?> payload) {
    BillingEvent e = new BillingEvent();
    e.type = type;
    e.subjectType = subjectType;
    e.subjectId = subjectId;
    e.accountId = accountId;
    e.labId = labId;
    e.occurredAt = at;
    e.actor = actor.username();
    try {
      e.payload = json.writeValueAsString(payload);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("billing event payload", ex);
    }
    e.persist();
  }
}
