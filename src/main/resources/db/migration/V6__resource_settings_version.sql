-- Bumped in the same transaction as any change to what a booking of the resource is checked and
-- priced against (rules, hours, exceptions, blackouts, rate cards, the lab's managers and zone, the
-- platform policy). A booking reads it with its row lock, so a replica's cached copy of those
-- settings is used only while it is still current (issue 9).
ALTER TABLE bookable_resource ADD COLUMN settings_version BIGINT NOT NULL DEFAULT 0;

-- Open offers platform-wide are few: availability over many resources reads them by this index
-- instead of binding thousands of resource ids (WaitlistEntry.heldTime).
CREATE INDEX ix_waitlist_open_offers ON waitlist_entry (status, offer_expires_at);
