-- Catalog core: cities, institutions, labs, the category tree, bookable resources (instruments and
-- experts share one id space so reservations, rules and rate cards can point at either), rate cards.
-- Instants are DATETIME(6) holding UTC.

CREATE TABLE city (
  code        VARCHAR(8)   NOT NULL PRIMARY KEY,
  name_zh     VARCHAR(64)  NOT NULL,
  name_en     VARCHAR(64)  NOT NULL,
  time_zone   VARCHAR(64)  NOT NULL DEFAULT 'Asia/Shanghai',
  sort_order  INT          NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO city (code, name_zh, name_en, time_zone, sort_order) VALUES
  ('GZ', '广州', 'Guangzhou', 'Asia/Shanghai', 1),
  ('FS', '佛山', 'Foshan', 'Asia/Shanghai', 2);

CREATE TABLE institution (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code        VARCHAR(32)  NOT NULL,
  name_zh     VARCHAR(200) NOT NULL,
  name_en     VARCHAR(200) NOT NULL,
  city_code   VARCHAR(8)   NOT NULL,
  type        VARCHAR(32)  NOT NULL,
  address     VARCHAR(300) NULL,
  version     BIGINT       NOT NULL DEFAULT 0,
  created_at  DATETIME(6)  NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  CONSTRAINT uq_institution_code UNIQUE (code),
  CONSTRAINT fk_institution_city FOREIGN KEY (city_code) REFERENCES city (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which institution a user belongs to when the token carries no `institution` claim.
CREATE TABLE user_affiliation (
  username        VARCHAR(100) NOT NULL PRIMARY KEY,
  institution_id  BIGINT       NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  updated_by      VARCHAR(100) NOT NULL,
  CONSTRAINT fk_affiliation_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE lab (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code            VARCHAR(48)  NOT NULL,
  institution_id  BIGINT       NOT NULL,
  name_zh         VARCHAR(200) NOT NULL,
  name_en         VARCHAR(200) NOT NULL,
  location        VARCHAR(300) NULL,
  contact_name    VARCHAR(100) NULL,
  contact_phone   VARCHAR(40)  NULL,
  contact_email   VARCHAR(200) NULL,
  time_zone       VARCHAR(64)  NOT NULL DEFAULT 'Asia/Shanghai',
  version         BIGINT       NOT NULL DEFAULT 0,
  created_at      DATETIME(6)  NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  CONSTRAINT uq_lab_code UNIQUE (code),
  CONSTRAINT fk_lab_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE lab_manager (
  lab_id    BIGINT       NOT NULL,
  username  VARCHAR(100) NOT NULL,
  PRIMARY KEY (lab_id, username),
  KEY ix_lab_manager_user (username),
  CONSTRAINT fk_lab_manager_lab FOREIGN KEY (lab_id) REFERENCES lab (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Three-level classification; `path` (e.g. '01/0101/010101/') makes "this category and below"
-- one index range scan.
CREATE TABLE category (
  code         VARCHAR(16)  NOT NULL PRIMARY KEY,
  parent_code  VARCHAR(16)  NULL,
  level        INT          NOT NULL,
  path         VARCHAR(64)  NOT NULL,
  name_zh      VARCHAR(100) NOT NULL,
  name_en      VARCHAR(100) NOT NULL,
  KEY ix_category_path (path),
  CONSTRAINT fk_category_parent FOREIGN KEY (parent_code) REFERENCES category (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every bookable thing. Booking locks this row (SELECT ... FOR UPDATE) before its overlap check.
-- institution_id and city_code are copied from the lab so filters need no join.
CREATE TABLE bookable_resource (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind            VARCHAR(16)  NOT NULL,
  lab_id          BIGINT       NOT NULL,
  institution_id  BIGINT       NOT NULL,
  city_code       VARCHAR(8)   NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  created_at      DATETIME(6)  NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  KEY ix_resource_lab (lab_id),
  KEY ix_resource_city (city_code, kind),
  KEY ix_resource_institution (institution_id),
  CONSTRAINT fk_resource_lab FOREIGN KEY (lab_id) REFERENCES lab (id),
  CONSTRAINT fk_resource_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
  CONSTRAINT fk_resource_city FOREIGN KEY (city_code) REFERENCES city (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE instrument (
  id                      BIGINT        NOT NULL PRIMARY KEY,
  code                    VARCHAR(64)   NOT NULL,
  name_zh                 VARCHAR(200)  NOT NULL,
  name_en                 VARCHAR(200)  NOT NULL,
  model                   VARCHAR(120)  NULL,
  manufacturer            VARCHAR(120)  NULL,
  category_code           VARCHAR(16)   NOT NULL,
  value_cny               DECIMAL(14,2) NOT NULL,
  large                   BOOLEAN       NOT NULL,
  acquisition_year        INT           NULL,
  status                  VARCHAR(16)   NOT NULL,
  location                VARCHAR(300)  NULL,
  description             TEXT          NULL,
  techniques              VARCHAR(1000) NULL,
  sample_requirements     TEXT          NULL,
  requires_approval       BOOLEAN       NOT NULL DEFAULT FALSE,
  qualification_required  BOOLEAN       NOT NULL DEFAULT FALSE,
  qualification_name      VARCHAR(200)  NULL,
  operator_assisted       BOOLEAN       NOT NULL DEFAULT FALSE,
  -- lower-cased names, model, manufacturer and techniques for the `q` filter
  search_text             VARCHAR(2000) NOT NULL,
  CONSTRAINT uq_instrument_code UNIQUE (code),
  KEY ix_instrument_category (category_code, status),
  KEY ix_instrument_value (value_cny),
  KEY ix_instrument_status (status, large),
  CONSTRAINT fk_instrument_resource FOREIGN KEY (id) REFERENCES bookable_resource (id),
  CONSTRAINT fk_instrument_category FOREIGN KEY (category_code) REFERENCES category (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE expert (
  id              BIGINT        NOT NULL PRIMARY KEY,
  code            VARCHAR(64)   NOT NULL,
  name_zh         VARCHAR(100)  NOT NULL,
  name_en         VARCHAR(100)  NOT NULL,
  title           VARCHAR(100)  NULL,
  fields          VARCHAR(500)  NOT NULL,
  languages       VARCHAR(100)  NOT NULL,
  bio             TEXT          NULL,
  email           VARCHAR(200)  NULL,
  phone           VARCHAR(40)   NULL,
  consultations   BOOLEAN       NOT NULL DEFAULT TRUE,
  search_text     VARCHAR(1200) NOT NULL,
  CONSTRAINT uq_expert_code UNIQUE (code),
  CONSTRAINT fk_expert_resource FOREIGN KEY (id) REFERENCES bookable_resource (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE expert_instrument (
  expert_id      BIGINT NOT NULL,
  instrument_id  BIGINT NOT NULL,
  PRIMARY KEY (expert_id, instrument_id),
  KEY ix_expert_instrument_instrument (instrument_id),
  CONSTRAINT fk_ei_expert FOREIGN KEY (expert_id) REFERENCES expert (id) ON DELETE CASCADE,
  CONSTRAINT fk_ei_instrument FOREIGN KEY (instrument_id) REFERENCES instrument (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only: a price change is a new row with a later effective_from, so past bills keep their price.
CREATE TABLE rate_card (
  id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  resource_id        BIGINT        NOT NULL,
  tier               VARCHAR(16)   NOT NULL,
  effective_from     DATE          NOT NULL,
  per_hour           DECIMAL(12,2) NOT NULL,
  per_sample         DECIMAL(12,2) NOT NULL,
  per_operator_hour  DECIMAL(12,2) NOT NULL,
  created_at         DATETIME(6)   NOT NULL,
  created_by         VARCHAR(100)  NOT NULL,
  CONSTRAINT uq_rate_card UNIQUE (resource_id, tier, effective_from),
  CONSTRAINT fk_rate_card_resource FOREIGN KEY (resource_id) REFERENCES bookable_resource (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
