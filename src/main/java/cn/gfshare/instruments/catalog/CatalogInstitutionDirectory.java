package cn.gfshare.instruments.catalog;

import cn.gfshare.instruments.security.InstitutionDirectory;
import cn.gfshare.instruments.security.InstitutionRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Institutions and recorded affiliations from the catalog's tables. */
@ApplicationScoped
public class CatalogInstitutionDirectory implements InstitutionDirectory {

  @Override
  public Optional<InstitutionRef> byCode(String code) {
    return Institution.findByCode(code).map(Institution::ref);
  }

  @Override
  public Optional<InstitutionRef> affiliationOf(String username) {
    return UserAffiliation.<UserAffiliation>findByIdOptional(username)
        .map(a -> a.institution.ref());
  }
}
