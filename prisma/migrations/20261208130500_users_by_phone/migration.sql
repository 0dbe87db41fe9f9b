-- Members with only a phone (many use WhatsApp, not email) can be invited and sign in: an account
-- is known by its email, its phone (E.164), or both, and signs in with either.

ALTER TABLE "app_user" ALTER COLUMN "email" DROP NOT NULL;
ALTER TABLE "app_user" ADD COLUMN "phone" TEXT;
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_phone_e164" CHECK ("phone" ~ '^\+[1-9][0-9]{6,14}$');
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_email_or_phone" CHECK ("email" IS NOT NULL OR "phone" IS NOT NULL);
CREATE UNIQUE INDEX "app_user_phone_key" ON "app_user"("phone");
