package cn.gfshare.instruments.availability;

import cn.gfshare.instruments.catalog.ResourceSettings;
import cn.gfshare.instruments.common.RowLocks;
import cn.gfshare.instruments.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;

/** Platform admins switch platform-wide booking policy. */
@ApplicationScoped
public class PlatformPolicyService {

  @Inject Clock clock;

  public record PolicyView(boolean equalAccess, Instant updatedAt, String updatedBy) {}

  public record PolicyRequest(@NotNull Boolean equalAccess) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public PolicyView get() {
    return view(PlatformPolicy.current());
  }

  @Transactional
  public PolicyView set(Caller caller, PolicyRequest body) {
    RowLocks.lock("platform_policy", PlatformPolicy.ID);
    PlatformPolicy p = PlatformPolicy.findById(PlatformPolicy.ID);
    p.equalAccess = body.equalAccess();
    p.updatedAt = clock.instant();
    p.updatedBy = caller.username();
    ResourceSettings.touchAll();
    return view(p);
  }

  private static PolicyView view(PlatformPolicy p) {
    return new PolicyView(p.equalAccess, p.updatedAt, p.updatedBy);
  }
}
