-- The organization's clock: its name, its time zone (one "today" for every page, data function
-- and statement) and the country a phone number written without one belongs to.
--
-- time_zone is an IANA name, checked by the app with Intl before it is saved (PostgreSQL's list
-- of zone names is not the browser's); the app reads a zone it cannot use as the default.
-- phone_country is an ISO 3166 two-letter code.

ALTER TABLE "app_setting"
    ADD COLUMN "organization_name" TEXT,
    ADD COLUMN "time_zone" TEXT NOT NULL DEFAULT 'America/Chicago',
    ADD COLUMN "phone_country" TEXT NOT NULL DEFAULT 'US',
    ADD CONSTRAINT "app_setting_organization_name_length" CHECK (char_length("organization_name") BETWEEN 1 AND 120),
    ADD CONSTRAINT "app_setting_time_zone_length" CHECK (char_length("time_zone") BETWEEN 1 AND 64),
    ADD CONSTRAINT "app_setting_phone_country_code" CHECK ("phone_country" ~ '^[A-Z]{2}$');

-- "Since" was the database server's CURRENT_DATE, in the server's zone, not the organization's:
-- every insert now says the day (the organization's today, lib/data/admin/clock.ts).
ALTER TABLE "circle_membership" ALTER COLUMN "since" DROP DEFAULT;
