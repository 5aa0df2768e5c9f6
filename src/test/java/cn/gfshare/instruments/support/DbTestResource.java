package cn.gfshare.instruments.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded MariaDB for every @QuarkusTest in this module. */
@QuarkusTestResource(value = EmbeddedMariaDb.class, restrictToAnnotatedClass = false)
public class DbTestResource {}
