-- Indexes for the catalog's list filters and orderings beyond those V2 created
-- (V2: instrument(category_code, status), (value_cny), (status, large); bookable_resource(lab_id),
-- (city_code, kind), (institution_id); expert_instrument(instrument_id)).

-- default ordering of GET /instruments (by Chinese, then English name) and sort=nameEn
CREATE INDEX ix_instrument_name ON instrument (name_zh, name_en);
CREATE INDEX ix_instrument_name_en ON instrument (name_en);
-- sort=newest
CREATE INDEX ix_resource_kind_created ON bookable_resource (kind, created_at);
-- GET /experts orders by English name
CREATE INDEX ix_expert_name_en ON expert (name_en);

-- `q` is a substring scan of search_text, which the application fills lower-cased and
-- NFKC-normalized (as it does the search words), so a binary collation is exact and cheaper
-- than unicode_ci comparisons.
ALTER TABLE instrument MODIFY search_text VARCHAR(2000) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE expert MODIFY search_text VARCHAR(1200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
