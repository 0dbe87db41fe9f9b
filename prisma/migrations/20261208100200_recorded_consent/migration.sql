-- Consent as recorded facts (DESIGN.md: "Consent is recorded, never inferred: unknown stays
-- unknown in every export and sync").
--
-- Each phone gets a type (mobile, landline, unknown) and an SMS consent (yes, no, unknown); each
-- email a status (subscribed, unsubscribed, unknown). An answer carries when it was recorded and
-- how (the person form, the person themselves in My profile, an import, the API); unknown has
-- neither. New rows default to unknown.
--
-- The rule for the rows already here, and why:
--   person_phone.sms_capable defaulted to true, and every form's "texts OK" box came checked, so a
--   true records no answer: at most that the number was taken for a mobile. Nothing in the old
--   schema recorded an SMS yes (imports kept no opt-in beyond their staging rows, which are gone),
--   so no number becomes yes:
--     sms_capable = true   ->  type MOBILE,  SMS consent UNKNOWN
--     sms_capable = false  ->  type UNKNOWN, SMS consent NO (someone unticked "texts OK", or a file
--                              or the API said the number opted out: a recorded no is kept)
--   person_email.subscribed defaulted to true likewise:
--     subscribed = true    ->  UNKNOWN
--     subscribed = false   ->  UNSUBSCRIBED
--   The when and how of the answers kept are not known: they stay empty.
-- Imports' undo snapshots (import_person.previous_*) are rewritten by the same rule, so an undo
-- after the upgrade puts back rows the new columns take. The counts are raised as a NOTICE.

CREATE TYPE "PhoneType" AS ENUM ('MOBILE', 'LANDLINE', 'UNKNOWN');
CREATE TYPE "Consent" AS ENUM ('YES', 'NO', 'UNKNOWN');
CREATE TYPE "EmailStatus" AS ENUM ('SUBSCRIBED', 'UNSUBSCRIBED', 'UNKNOWN');
CREATE TYPE "ConsentSource" AS ENUM ('FORM', 'SELF', 'IMPORT', 'API');

ALTER TABLE "person_phone"
    ADD COLUMN "phone_type" "PhoneType" NOT NULL DEFAULT 'UNKNOWN',
    ADD COLUMN "sms_consent" "Consent" NOT NULL DEFAULT 'UNKNOWN',
    ADD COLUMN "sms_consent_at" TIMESTAMPTZ(3),
    ADD COLUMN "sms_consent_how" "ConsentSource";

ALTER TABLE "person_email"
    ADD COLUMN "status" "EmailStatus" NOT NULL DEFAULT 'UNKNOWN',
    ADD COLUMN "status_at" TIMESTAMPTZ(3),
    ADD COLUMN "status_how" "ConsentSource";

DO $$
DECLARE
    mobiles INTEGER;
    refused INTEGER;
    unknown_emails INTEGER;
    unsubscribed INTEGER;
    snapshots INTEGER;
BEGIN
    UPDATE "person_phone" SET "phone_type" = 'MOBILE' WHERE "sms_capable";
    GET DIAGNOSTICS mobiles = ROW_COUNT;
    UPDATE "person_phone" SET "sms_consent" = 'NO' WHERE NOT "sms_capable";
    GET DIAGNOSTICS refused = ROW_COUNT;
    SELECT count(*) INTO unknown_emails FROM "person_email" WHERE "subscribed";
    UPDATE "person_email" SET "status" = 'UNSUBSCRIBED' WHERE NOT "subscribed";
    GET DIAGNOSTICS unsubscribed = ROW_COUNT;

    UPDATE "import_person" ip
       SET "previous_phones" = (
             SELECT COALESCE(jsonb_agg((ph - 'sms_capable') || jsonb_build_object(
                      'phone_type', CASE WHEN (ph ->> 'sms_capable')::boolean THEN 'MOBILE' ELSE 'UNKNOWN' END,
                      'sms_consent', CASE WHEN (ph ->> 'sms_capable')::boolean THEN 'UNKNOWN' ELSE 'NO' END,
                      'sms_consent_at', NULL, 'sms_consent_how', NULL) ORDER BY n), '[]'::jsonb)
               FROM jsonb_array_elements(ip."previous_phones") WITH ORDINALITY AS x(ph, n)),
           "previous_emails" = (
             SELECT COALESCE(jsonb_agg((e - 'subscribed') || jsonb_build_object(
                      'status', CASE WHEN (e ->> 'subscribed')::boolean THEN 'UNKNOWN' ELSE 'UNSUBSCRIBED' END,
                      'status_at', NULL, 'status_how', NULL) ORDER BY n), '[]'::jsonb)
               FROM jsonb_array_elements(ip."previous_emails") WITH ORDINALITY AS x(e, n))
     WHERE jsonb_typeof(ip."previous_phones") = 'array' AND jsonb_typeof(ip."previous_emails") = 'array';
    GET DIAGNOSTICS snapshots = ROW_COUNT;

    RAISE NOTICE 'recorded consent: % numbers marked mobile with SMS consent unknown; % numbers kept as SMS consent no; % emails subscribed by default now unknown; % emails kept unsubscribed; % import undo snapshots rewritten; no yes was made',
        mobiles, refused, unknown_emails, unsubscribed, snapshots;
END $$;

ALTER TABLE "person_phone" DROP COLUMN "sms_capable";
ALTER TABLE "person_email" DROP COLUMN "subscribed";

-- An import may say what kind of line its numbers are (a "phone type" column, as Leaven's own
-- export writes one); its staged rows keep that, as they keep the file's opt-ins.
ALTER TABLE "import_staged" ADD COLUMN "phone_type" "PhoneType";

-- Unknown has no when and no how.
ALTER TABLE "person_phone" ADD CONSTRAINT "person_phone_unknown_consent_unrecorded"
    CHECK ("sms_consent" <> 'UNKNOWN' OR ("sms_consent_at" IS NULL AND "sms_consent_how" IS NULL));
ALTER TABLE "person_email" ADD CONSTRAINT "person_email_unknown_status_unrecorded"
    CHECK ("status" <> 'UNKNOWN' OR ("status_at" IS NULL AND "status_how" IS NULL));
